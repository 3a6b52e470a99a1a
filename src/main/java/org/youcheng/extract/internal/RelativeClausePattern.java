package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.TieKind;

/**
 * A tie in a relative clause, its other side listed after a copula (和基督城缔结为“姐妹关系”的中国省市分别为甘肃省和武汉市;
 * 与成都结为友好城市的外国城市有X市、Y市): the place after 与 in the clause is tied to each place of the list, the two
 * sides being one Chinese and one foreign.
 */
final class RelativeClausePattern extends NamedPattern {

    /** 与 (和, 同, 跟) at the head of the clause, after a time perhaps (2010年与…). */
    private static final Pattern HEAD = Pattern.compile("[^与和同跟]{0,10}?[与和同跟]");
    /** The verb that forms the tie between the place and the tie word (缔结为“, 结为, 建立了). */
    private static final Pattern VERB = Pattern.compile("\\s*(?:先后|已|已经|正式)?(?:缔结为?|结为|结成|建立了?|成为)?[“‘\"]?");
    /** After the tie word: 的, the noun of the places listed, a copula (”的中国省市分别为, 关系的外国城市有). */
    private static final Pattern NOUN = Pattern.compile(
            "(?:关系)?[”’\"]?(?:关系)?的[^,，。;；、]{0,6}?(?:城市|省市|省份|省州|地方|地区|市|省|州)(?:分别为|分别是|分别有|有|包括|为|是)[:：]?");

    RelativeClausePattern() {
        super("relative-clause", "关系从句（与B结好的城市有A）");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            if (w.kind() == TieKind.INTENT) {
                continue;
            }
            Matcher noun = NOUN.matcher(s.text).region(w.end(), Math.min(s.to, w.end() + 16));
            int head = headBefore(s, w.start());
            if (head < 0 || !noun.lookingAt()) {
                continue;
            }
            Mention x = s.m(head);
            boolean foreignHead = x.foreign();
            for (int k = 0; k < s.size(); k++) {
                Mention m = s.m(k);
                if (m.start() < noun.end()) {
                    continue;
                }
                if (m.start() != noun.end() && !s.listed(s.m(k - 1).end(), m.start())) {
                    break; // the list ends where a place is not its next item
                }
                if (foreignHead && s.home(k) != null) {
                    s.paired[head] = true;
                    s.add(
                            name(),
                            s.home(k),
                            x,
                            w.kind(),
                            w.generic(),
                            null,
                            s.m(head).start(),
                            s.clauseEnd(m.end()));
                } else if (!foreignHead && m.foreign() && !s.paired[k]) {
                    s.paired[k] = true;
                    s.add(name(), s.home(head), m, w.kind(), w.generic(), null, x.start(), s.clauseEnd(m.end()));
                } else if (m.type() != Mention.Type.COUNTRY) {
                    break;
                }
            }
        }
    }

    /** Whether only a verb that forms the tie (缔结为“, 结为, 建立了) stands between a place and its tie word. */
    static boolean formingVerb(String text, int from, int word) {
        return VERB.matcher(text).region(from, word).matches();
    }

    /** The mention right after 与 at the head of the tie word's clause, with only a forming verb before the word. */
    private static int headBefore(Sentence s, int word) {
        int cs = s.clauseStart(word, s.from);
        for (int k = s.size() - 1; k >= 0; k--) {
            Mention m = s.m(k);
            if (m.end() > word) {
                continue;
            }
            if (m.start() < cs || m.type() == Mention.Type.COUNTRY) {
                return -1;
            }
            boolean oneSide = m.foreign() || s.home(k) != null;
            int length = m.start() - cs; // HEAD: at most ten characters and a connector, the last of them
            return oneSide
                            && length >= 1
                            && length <= 11
                            && "与和同跟".indexOf(s.text.charAt(m.start() - 1)) >= 0
                            && HEAD.matcher(s.text).region(cs, m.start()).matches()
                            && formingVerb(s.text, m.end(), word)
                            && (k == 0 || s.m(k - 1).end() <= cs || s.m(k - 1).type() == Mention.Type.COUNTRY)
                    ? k
                    : -1;
        }
        return -1;
    }
}
