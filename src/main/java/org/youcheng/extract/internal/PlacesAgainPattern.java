package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The foreign places just named, taken up again as the object of the tie by their count (拜访A省政府和B市政府，并分别与
 * 两地签署…，正式建立友好交流城市关系): each is a partner of the sentence's Chinese place, its subject (else the
 * subject the sentence leaves out), when the count is the number of places listed.
 */
final class PlacesAgainPattern extends NamedPattern {

    /** 与两地, 分别同三市, 与这两座城市: a count of places as the object of a connector. */
    private static final Pattern OBJECT = Pattern.compile("[与同和跟]这?([两二三四五六七八九]|\\d)(?:地|市|城|座城市|个城市)");
    /** What may join two listed places: 和, 与, 及, 、, after an office of the place (A省政府和B市政府). */
    private static final Pattern JOIN = Pattern.compile("(?:政府|市政府|省政府)?\\s*(?:和|与|及|、|以及)\\s*");

    PlacesAgainPattern() {
        super("places-again", "复指前列外方");
    }

    @Override
    public void read(Sentence s) {
        if (s.words.isEmpty()) {
            return;
        }
        Matcher m = OBJECT.matcher(s.text);
        for (int i = s.from; i + 2 < s.to; i++) {
            char c = s.text.charAt(i);
            // the expression is tried only at a connector (most characters are none)
            if ("与同和跟".indexOf(c) < 0 || !m.region(i, s.to).lookingAt()) {
                continue;
            }
            KindWords.Hit word = TieWordList.firstAfter(s.words, m.end());
            if (word == null || word.start() - m.end() > Sentence.AFTER || s.wording.negated(m.end(), word.start())) {
                continue;
            }
            ForeignListBefore listed = ForeignListBefore.of(s, m.start(), false, JOIN);
            if (listed.items().size() < 2 || listed.items().size() != ChineseNumerals.value(m.group(1))) {
                continue;
            }
            for (int k : listed.items()) {
                s.add(name(), listed.home(), s.m(k), word.kind(), word.generic(), null, listed.start(), word.end());
                s.paired[k] = true;
            }
        }
    }
}
