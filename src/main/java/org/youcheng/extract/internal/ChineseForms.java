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

    /** A district written as the county-level city it was (江津市 for 江津区), a name no foreign place bears. */
    static boolean formerCity(Gazetteer.Entry best, PlaceLexicon.PlaceHit hit, String s, int i, int end) {
        if (best.level() != Level.DISTRICT
                || end >= s.length()
                || s.charAt(end) != '市'
                || !best.nameZh().equals(s.substring(i, end) + "区")) {
            return false;
        }
        for (Gazetteer.Entry e : hit.entries()) {
            if (!"CN".equals(e.country())) {
                return false;
            }
        }
        return true;
    }
}
