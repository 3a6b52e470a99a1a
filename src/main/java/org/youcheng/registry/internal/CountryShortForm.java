package org.youcheng.registry.internal;

import java.util.Map;

/**
 * A country written by its one-character short form in front of a place's name, as news and some tables write it
 * (俄哈巴罗夫斯克市, 美旧金山市, 日大阪府): the short forms Chinese uses for a country in 中俄, 中美, 中日. Only
 * short forms that stand for one country are listed (印 may be India or Indonesia, 巴 Brazil or Pakistan, 新
 * Singapore or New Zealand, 乌 Ukraine or Uzbekistan, 阿 Argentina or the Arab states, 老 also a qualifier: none of
 * them). The resolver reads a name so only when the name as written names no place and the rest names one in that
 * country, so 俄勒冈州 and 美因茨 keep their first character.
 */
public final class CountryShortForm {

    private static final Map<Character, String> COUNTRY = Map.ofEntries(
            Map.entry('俄', "RU"),
            Map.entry('美', "US"),
            Map.entry('日', "JP"),
            Map.entry('韩', "KR"),
            Map.entry('韓', "KR"),
            Map.entry('朝', "KP"),
            Map.entry('英', "GB"),
            Map.entry('法', "FR"),
            Map.entry('德', "DE"),
            Map.entry('意', "IT"),
            Map.entry('葡', "PT"),
            Map.entry('荷', "NL"),
            Map.entry('澳', "AU"),
            Map.entry('奥', "AT"),
            Map.entry('加', "CA"),
            Map.entry('墨', "MX"),
            Map.entry('越', "VN"),
            Map.entry('泰', "TH"),
            Map.entry('柬', "KH"),
            Map.entry('缅', "MM"),
            Map.entry('菲', "PH"),
            Map.entry('蒙', "MN"),
            Map.entry('哈', "KZ"),
            Map.entry('吉', "KG"),
            Map.entry('塔', "TJ"),
            Map.entry('土', "TR"),
            Map.entry('埃', "EG"),
            Map.entry('希', "GR"),
            Map.entry('匈', "HU"),
            Map.entry('捷', "CZ"),
            Map.entry('芬', "FI"),
            Map.entry('挪', "NO"),
            Map.entry('丹', "DK"),
            Map.entry('波', "PL"),
            Map.entry('智', "CL"),
            Map.entry('秘', "PE"));

    private CountryShortForm() {}

    /**
     * The country of the short form the name begins with and the rest of the name, as {code, rest}; null when the
     * first character is no short form or the rest is shorter than two characters before its suffix.
     */
    public static String[] split(String full) {
        if (full == null || full.length() < 3) {
            return null;
        }
        String code = COUNTRY.get(full.charAt(0));
        String rest = full.substring(1);
        if (code == null || core(rest).length() < 2) {
            return null;
        }
        return new String[] {code, rest};
    }

    /** The name without a one-character suffix behind it (哈巴罗夫斯克市 → 哈巴罗夫斯克, 州市 → 州). */
    public static String core(String rest) {
        char last = rest.charAt(rest.length() - 1);
        return "市城州省县縣区區郡府道".indexOf(last) >= 0 ? rest.substring(0, rest.length() - 1) : rest;
    }
}
