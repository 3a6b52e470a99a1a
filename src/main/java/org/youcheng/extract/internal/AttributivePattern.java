package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * A tie written as an attribute of the place it describes (在与长野县缔结友好关系的河北省举行; 与圣保罗结为姐妹城市的长沙):
 * the place after 与 and the place the 的 qualifies are the two sides, whatever subject the clause has before them.
 * It runs before the connector, which would take that subject (北京冬奥会…将在与长野县…) for the Chinese side.
 */
final class AttributivePattern extends NamedPattern {

    /** 与 (和, 同, 跟) right before the place, with its country perhaps between. */
    private static final String CONNECTORS = "与和同跟";
    /** What stands between the tie word and the place it qualifies: …关系的, …”的. */
    private static final Pattern OF = Pattern.compile("(?:关系)?[”’\"]?(?:关系)?的");

    AttributivePattern() {
        super("attributive", "定语（与B结好的A）");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            Matcher of = OF.matcher(s.text).region(w.end(), s.to);
            int x = lastBefore(s, w.start());
            // a match begins with 关, a closing quote or 的
            boolean owned = w.end() < s.to && "关”’\"的".indexOf(s.text.charAt(w.end())) >= 0 && of.lookingAt();
            if (!owned || x < 0) {
                continue;
            }
            int y = placeAt(s, of.end());
            if (y < 0 || !afterConnector(s, x) || !RelativeClausePattern.formingVerb(s.text, s.m(x).end(), w.start())) {
                continue;
            }
            int home = s.home(x) != null ? x : y;
            int foreign = home == x ? y : x;
            Gazetteer.Entry entry = s.home(home);
            Mention f = s.m(foreign);
            if (entry == null || !f.foreign() || s.paired[foreign] || s.wording.negated(s.m(x).start(), w.start())) {
                continue;
            }
            int start = s.m(x).start();
            int end = s.m(y).end();
            s.add(name(), entry, f, w.kind(), w.generic(), s.dates.signed(f, start, end), start, end);
            s.paired[foreign] = true;
            // 与绍兴缔结友好城市的日本南砺市、西宫市，韩国大邱市: every foreign place of the list the 的 qualifies
            for (int k = y + 1; foreign == y && k < s.size() && listedAfter(s, k); k++) {
                s.add(name(), entry, s.m(k), w.kind(), w.generic(), null, start, s.m(k).end());
                s.paired[k] = true;
            }
        }
    }

    /** Whether the k-th mention is a foreign place the list of the one before it goes on to. */
    private static boolean listedAfter(Sentence s, int k) {
        Mention m = s.m(k);
        return m.foreign()
                && !s.paired[k]
                && ChineseText.joinsItems(s.text, s.m(k - 1).end(), m.start());
    }

    /** The last mention before the tie word (a country written in front of it is part of it). */
    private static int lastBefore(Sentence s, int at) {
        int k = -1;
        for (int j = 0; j < s.size() && s.m(j).end() <= at; j++) {
            k = j;
        }
        return k >= 0 && s.m(k).type() != Mention.Type.COUNTRY ? k : -1;
    }

    /** The place mention at {@code at}, past a country written before it (的中国河北省), or -1. */
    private static int placeAt(Sentence s, int at) {
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() == at && m.type() == Mention.Type.COUNTRY) {
                at = m.end();
            } else if (m.start() == at) {
                return k;
            }
        }
        return -1;
    }

    /** Whether 与 (和, 同, 跟) stands right before the mention, or before the country written in front of it. */
    private static boolean afterConnector(Sentence s, int k) {
        int start = s.m(k).start();
        if (k > 0 && s.m(k - 1).type() == Mention.Type.COUNTRY && s.m(k - 1).end() == start) {
            start = s.m(k - 1).start();
        }
        return start > s.from && CONNECTORS.indexOf(s.text.charAt(start - 1)) >= 0;
    }
}
