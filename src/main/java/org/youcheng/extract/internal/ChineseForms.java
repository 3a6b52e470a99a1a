package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/** Chinese places written other than by their name in full: an autonomous county by its short name, a former city. */
final class ChineseForms {

    private ChineseForms() {}

    /** Whether {@code s[i,end)} and the next character are an autonomous division's short name and its suffix. */
    static boolean autonomousShort(String full, String s, int i, int end) {
        char suffix = s.charAt(end);
        String kind = suffix == '县' ? "自治县" : suffix == '旗' ? "自治旗" : suffix == '州' ? "自治州" : null;
        return kind != null && full.endsWith(kind) && full.startsWith(s.substring(i, end)) && full.contains("族");
    }

    /**
     * A place written by the name it had before it was made a city or a district: 江津市 for 江津区 (a county-level
     * city made a district), 玉环县 for 玉环市 and 江宁县 for 江宁区 (a county made one), when no place bears the name as
     * written and no foreign place bears its stem; the first of the namesakes that was so (永和市: 永和区, not 永和县).
     */
    static Gazetteer.Entry formerCity(PlaceLexicon.PlaceHit hit, String s, int i, int end) {
        for (Gazetteer.Entry e : hit.entries()) {
            if (!"CN".equals(e.country())) {
                return null;
            }
        }
        for (Gazetteer.Entry e : hit.entries()) {
            if (e.nameZh() != null && formerCity(e, s, i, end)) {
                return e;
            }
        }
        return null;
    }

    private static boolean formerCity(Gazetteer.Entry best, String s, int i, int end) {
        if (end >= s.length() || best.nameZh().length() != end - i + 1) {
            return false;
        }
        char written = s.charAt(end);
        char now = best.nameZh().charAt(end - i);
        boolean former = best.level() == Level.DISTRICT && (written == '市' || written == '县') && now == '区'
                || best.level() == Level.COUNTY && written == '县' && now == '市';
        return former && best.nameZh().startsWith(s.substring(i, end));
    }

    /** Among Chinese places of one name: the one written with its own suffix, else the higher level. */
    static boolean better(Gazetteer.Entry e, Gazetteer.Entry best, String s, int from, int to) {
        boolean ew = ChineseText.writtenAt(e.nameZh(), s, from, to);
        boolean bw = ChineseText.writtenAt(best.nameZh(), s, from, to);
        if (ew != bw) {
            return ew;
        }
        return PlaceLexicon.chineseRank(e.level()) < PlaceLexicon.chineseRank(best.level());
    }
}
