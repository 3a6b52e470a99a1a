package org.youcheng.extract.internal;

import java.util.regex.Pattern;

/**
 * A Chinese and a foreign place listed with 、 as the subject of the verb that forms their tie (为上海、横滨结成友好城市所作
 * 的努力): the two and nothing else in the list, the verb right after them (times and adverbs aside) and a tie word
 * right after the verb.
 */
final class ListedPairPattern extends NamedPattern {

    private static final Pattern FORMED = Pattern.compile(
            "(?:" + ElidedSubjectPattern.TIME + "|" + ElidedSubjectPattern.ADVERB + ")*(?:结成|结为|缔结|建立|签署|签订|签定)了?");
    /** How far after its verb the tie word may begin (结为国际友好城市). */
    private static final int WORD_AFTER_VERB = 4;

    ListedPairPattern() {
        super("listed-pair", "顿号成对（A、B结为）");
    }

    @Override
    public void read(Sentence s) {
        for (int a = 0; a + 1 < s.size(); a++) {
            Mention x = s.m(a);
            Mention y = s.m(a + 1);
            if (y.start() != x.end() + 1 || s.text.charAt(x.end()) != '、' || s.paired[a] || s.paired[a + 1]) {
                continue;
            }
            if (x.start() > 0 && "、和与及".indexOf(s.text.charAt(x.start() - 1)) >= 0) {
                continue; // the last two of a longer list
            }
            int home = s.home(a) != null && partner(y) ? a : s.home(a + 1) != null && partner(x) ? a + 1 : -1;
            if (home < 0) {
                continue;
            }
            var verb = FORMED.matcher(s.text).region(y.end(), s.to);
            if (!verb.lookingAt()) {
                continue;
            }
            int end = verb.end();
            if (s.words.stream().anyMatch(w -> w.start() >= end && w.start() - end <= WORD_AFTER_VERB)) {
                Mention d = s.m(home);
                Mention f = home == a ? y : x;
                s.tie(this, s.home(home), d, f);
                s.paired[a] = true;
                s.paired[a + 1] = true;
            }
        }
    }

    /**
     * A foreign place that can be a partner: not a country; a short name written alone counts (横滨), since the verb that
     * forms a tie right after the pair makes it a place.
     */
    private static boolean partner(Mention m) {
        return m.foreign() && !(m.bare() && m.name().length() < 2);
    }
}
