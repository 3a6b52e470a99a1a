package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieRules;

/**
 * The one Chinese and the one foreign place a sentence names after a position, each however often, as the pair that a
 * word such as 两市 before them stands for (在两市正式结好的两年时间里，九江市第一中学…与雅罗斯拉夫尔市的学校…).
 */
final class SentencePair {

    private SentencePair() {}

    /** The Chinese mention and the foreign one, or null when the sentence names more or fewer places after {@code from}. */
    static Mention[] after(Sentence s, int from, String word) {
        Mention home = null;
        Mention foreign = null;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() < from || m.type() == Mention.Type.COUNTRY) {
                continue;
            }
            if (m.shortWord()) {
                continue;
            }
            if (m.foreign()) {
                if (foreign != null && !foreign.name().equals(m.name())) {
                    return null;
                }
                foreign = m;
                continue;
            }
            Gazetteer.Entry h = s.home(k);
            if (h == null) {
                continue;
            }
            if (home != null && !h.equals(s.home(home))) {
                return null;
            }
            home = home == null ? m : home;
        }
        return home == null || foreign == null || !levelFits(word, s.home(home)) ? null : new Mention[] {home, foreign};
    }

    /** Whether the Chinese place is of the level the word names: 两省 are provinces, 两市 cities (上海市 too), 两地 and 双方 any. */
    private static boolean levelFits(String word, Gazetteer.Entry home) {
        boolean province = home.level() == Level.PROVINCE && !TieRules.municipality(home.level(), home.nameZh());
        if (word.contains("省")) {
            return province;
        }
        return !(word.contains("市") || word.contains("城")) || !province;
    }
}
