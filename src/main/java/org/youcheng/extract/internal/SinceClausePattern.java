package org.youcheng.extract.internal;

import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * A tie written as the time since which the main clause holds (自2017年缔结友好城市关系以来，长沙市和圣保罗市交往密切;
 * 自签订友好关系意向书以来，湖南和乌多姆赛…; 在结成友好城市后, 结好30年来) or as the pair's role (作为友好城市，上海与马赛…):
 * the clause of 自…以来 (从…后, 自从…起, 作为…) names the tie and no place, and the
 * pair that follows it, joined by 和, 与, 同, 及 or 跟, are the two sides. It runs before the connector, which passes
 * over a pair with no tie word after it; a pair whose own clause has a tie word is the connector's.
 */
final class SinceClausePattern extends NamedPattern {

    /**
     * A clause that is a time since an event (自, 从, 自从 or 在 … 以来, 之后, 以后, 后 or 起; …以来, …年来) or the role
     * the pair has (作为友好城市).
     */
    private static final Pattern SINCE =
            Pattern.compile("\\s*(?:(?:自从|自|从|在)[^,，。；;]*?(?:以来|之后|以后|后|起)|[^,，。；;]*?(?:以来|年来)|作为[^,，。；;]*)\\s*");

    SinceClausePattern() {
        super("since-clause", "自…以来");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            int start = s.clauseStart(w.start(), s.from);
            int end = s.clauseEnd(w.end());
            if (end >= s.to
                    || !(ChineseText.anyIn(s.text, "来后起", start, end)
                            || ChineseText.indexIn(s.text, "作为", start, end) >= 0)
                    || !SINCE.matcher(s.text).region(start, end).matches() // each of its branches needs one of those
                    || namesPlace(s, start, end)) {
                continue;
            }
            int a = firstAfter(s, end + 1);
            if (a < 0 || a + 1 >= s.size() || !s.plain(end + 1, s.m(a).start()) || s.m(a).start() - end > 4) {
                continue;
            }
            int b = a + 1;
            if (!ChineseText.pairConnector(s.text.substring(s.skipBrackets(s.m(a).end()), s.m(b).start())
                    .strip())) {
                continue;
            }
            int home = s.home(a) != null ? a : b;
            int foreign = home == a ? b : a;
            Gazetteer.Entry entry = s.home(home);
            if (entry == null
                    || !TieWordList.between(s.words, s.m(b).end(), s.clauseEnd(s.m(b).end()))
                            .isEmpty()
                    || !s.m(foreign).foreign()
                    || s.paired[foreign]
                    || s.wording.negated(start, w.start())) {
                continue;
            }
            Mention f = s.m(foreign);
            s.add(name(), entry, f, w.kind(), w.generic(), s.dates.signed(f, start, s.m(b).end()), start, s.m(b).end());
            s.paired[foreign] = true;
        }
    }

    private static boolean namesPlace(Sentence s, int from, int to) {
        for (Mention m : s.ms) {
            if (m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static int firstAfter(Sentence s, int at) {
        for (int k = 0; k < s.size(); k++) {
            if (s.m(k).start() >= at) {
                return k;
            }
        }
        return -1;
    }
}
