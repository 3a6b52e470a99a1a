package org.youcheng.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The country written in front of a foreign name (日本下关市 is 下关市 in Japan): which of its readings to take off,
 * if any, and the country it gives. Of several readings (刚果金 or 刚果 in 刚果金沙萨) the first whose rest names a
 * place wins; a name that begins with its country's name keeps it (墨西哥城, 科威特城).
 */
public final class CountryInFront {

    /** The name with the country taken off or as written ({@code stripped} says which), and its country (or null). */
    public record Reading(ForeignName name, String country, boolean stripped) {}

    private final Gazetteer g;
    private final ForeignLookup lookup;

    public CountryInFront(Gazetteer gazetteer, ForeignLookup lookup) {
        this.g = gazetteer;
        this.lookup = lookup;
    }

    /**
     * Reads the country in front of a name; {@code country}: the one its own column gave, or null. A country column
     * does not keep the country on the name: 美国洛杉矶蒙特利公园市 with 美国 beside it is 洛杉矶蒙特利公园市 in the US.
     */
    public Reading read(ForeignName fn, String country) {
        List<String[]> prefixes = g.countryPrefixes(fn.full());
        if (prefixes.isEmpty() && country == null) {
            prefixes = otherUsage(fn);
        }
        String[] strip = null;
        Gazetteer.Entry division = divisionInFront(fn.full());
        for (String[] prefix : prefixes) {
            if (prefix[1].isEmpty() || (country != null && !country.equals(prefix[0]))) {
                continue;
            }
            if (division != null
                    && fn.full().length() - prefix[1].length()
                            < Names.full(division.nameZh()).length()) {
                // the country's name begins a first-level division written in front: 马里兰州 is no 马里 (Mali)
                country = country == null ? division.country() : country;
                prefixes = List.of();
                break;
            }
            if ((Names.stripSuffix(prefix[1]).length() < 2 || prefix[1].equals("城"))
                    && lookup.stateShortForm(prefix[1], prefix[0]).isEmpty()) { // 澳大利亚维州 is Victoria
                strip = null;
                country = prefix[0];
                break;
            }
            if (!lookup.named(prefix[1], prefix[0]).isEmpty()
                    && lookup.named(fn.full(), prefix[0]).isEmpty()) {
                strip = prefix;
                break;
            }
            if (strip == null && lookup.named(fn.full(), prefix[0]).isEmpty()) {
                strip = prefix;
            }
        }
        if (strip != null && lookup.named(strip[1], strip[0]).isEmpty()) {
            // a shorter country name may leave a rest that names a place of the longer one's country (刚果金沙萨:
            // 刚果 and 金沙萨, in 刚果金's country, the Democratic Republic of the Congo)
            strip = restInAnotherReading(prefixes, country, strip);
        }
        if (strip != null && lookup.named(strip[1], strip[0]).isEmpty() && beginsWithPlace(fn.full(), strip)) {
            // nothing known either way, and the name begins with a place of the country whose name begins with the
            // country's (巴西利亚联邦区: Brasília): the name is as written
            country = country == null ? strip[0] : country;
            strip = null;
        }
        if (strip != null) {
            return new Reading(fn.rest(strip[1], stripWrittenPrefix(fn.written(), strip[1])), strip[0], true);
        }
        if (country == null && !prefixes.isEmpty()) {
            country = prefixes.get(0)[0];
        }
        return new Reading(fn, country, false);
    }

    /** Whether the name begins with a longer name of a place in the country than the country's (巴西利亚…). */
    private boolean beginsWithPlace(String full, String[] strip) {
        int country = full.length() - strip[1].length();
        for (int k = full.length() - 1; k >= country + 2; k--) {
            if (!lookup.named(full.substring(0, k), strip[0]).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The foreign first-level division whose name, with its suffix, the name is or begins with (马里兰州…), or null. */
    private Gazetteer.Entry divisionInFront(String full) {
        for (int i = Math.min(full.length(), 12); i >= 3; i--) {
            String head = full.substring(0, i);
            if (i != full.length() - 1 && ForeignName.divisionSuffix(head, null)) {
                for (Gazetteer.Entry e : g.byKey(Names.key(head))) {
                    if (e.level() == Level.PROVINCE
                            && !"CN".equals(e.country())
                            && Names.full(e.nameZh()).equals(head)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The country in front as Taiwan writes it (萬那杜共和國三麻省: 瓦努阿图, Vanuatu; 紐西蘭), read in mainland usage,
     * with its 共和國 and the rest of the name as {code, rest}; none when the name has no traditional characters in front
     * (the conversion garbles simplified text) or the rest begins with a division's suffix (喬治亞州 is a US state).
     */
    private List<String[]> otherUsage(ForeignName fn) {
        String written = fn.written().strip();
        for (int i = Math.min(written.length() - 2, 10); i >= 2; i--) {
            String head = written.substring(0, i);
            String code = Names.simplified(head).equals(head) ? null : g.countryNamed(Names.simplifiedMainland(head));
            String rest = Names.full(written.substring(i));
            rest = rest.startsWith("共和国") ? rest.substring(3) : rest;
            if (code != null && rest.length() >= 2 && "州省市县郡区城邦".indexOf(rest.charAt(0)) < 0) {
                return List.<String[]>of(new String[] {code, rest});
            }
        }
        return List.of();
    }

    /**
     * Of the readings of a name with a country in front, the first whose rest names a place in the country of any
     * reading (the country column, when given, must agree); else the reading kept so far.
     */
    private String[] restInAnotherReading(List<String[]> prefixes, String country, String[] kept) {
        Set<String> codes = new LinkedHashSet<>();
        prefixes.forEach(p -> codes.add(p[0]));
        for (String[] prefix : prefixes) {
            for (String code : codes) {
                if (!prefix[1].isEmpty()
                        && (country == null || country.equals(code))
                        && Names.stripSuffix(prefix[1]).length() >= 2
                        && !lookup.named(prefix[1], code).isEmpty()) {
                    return new String[] {code, prefix[1]};
                }
            }
        }
        return kept;
    }

    /** The part of the name as written that is the rest of its full form (伯南布哥州彼得罗利纳市: 彼得罗利纳市). */
    public static String stripWrittenPrefix(String written, String restFull) {
        for (int i = 0; i < written.length(); i++) {
            if (Names.full(written.substring(i)).equals(restFull)) {
                return written.substring(i);
            }
        }
        return written;
    }
}
