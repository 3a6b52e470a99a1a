package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * England's shire counties and France's metropolitan departments, from the ISO 3166-2 subdivisions of the npm package
 * iso-3166-2 (MIT; codes, types and names): they twin with Chinese provinces and cities (埃塞克斯郡 with Jiangsu,
 * 林肯郡 with Hunan, 埃松省 with Wuhan), and the other sources file England and France's regions as the first level and
 * leave these out. Each is made a first-level division named as ISO names it (Essex, Lincolnshire, Seine-et-Marne),
 * in no Chinese (no open source here gives one: the resolver reads a Chinese name against the Latin one), unless the
 * country already holds a division of that Latin name.
 */
final class IsoCountyLoader {

    private static final Pattern COUNTY = Pattern.compile(
            "\"(GB|FR)-([A-Z0-9]{2,3})\":\\{type:\"(?:Two-tier county|Metropolitan department)\",name:\"([^\"]+)\"}");

    /** The counties and departments made, from the list's text ({@code iso3166.min.js}). */
    List<PlaceRow> addTo(List<PlaceRow> foreign, String iso) {
        Set<String> known = Namesakes.divisionKeys(foreign, c -> "GB".equals(c) || "FR".equals(c));
        List<PlaceRow> made = new ArrayList<>();
        Matcher m = COUNTY.matcher(iso);
        while (m.find()) {
            String country = m.group(1);
            String name = m.group(3);
            if (!known.add(country + "/" + Names.key(name))) {
                continue;
            }
            PlaceRow place = new PlaceRow("ISO2-" + country + "-" + m.group(2), Level.PROVINCE, country, "iso3166-2");
            place.nameEn = name;
            place.aliases.add(name);
            made.add(place);
        }
        if (made.isEmpty()) {
            throw new IllegalStateException("no counties or departments read from the ISO 3166-2 list");
        }
        return made;
    }
}
