package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Germany's rural districts (Landkreise and Kreise) that no other source names, from the npm package
 * landkreise-deutschland (CC BY 4.0; the Federal Statistical Office's list of districts as of 31 December 2018, by
 * their official key, type and name): Chinese tables write a Landkreis as a partner (弗莱辛地区, 富尔达大区,
 * 巴伐利亚邦史坦堡县), and the gazetteer holds the towns they are named after, not the districts. Each is made a county
 * under its Land, named as German and English write it (Landkreis Freising, Freising District, Freising (district));
 * never by the bare name, which is the town's. The Land is given by the first two digits of the official key.
 */
final class GermanDistrictLoader {

    /** The Länder by the first two digits of the official district key, in the English the gazetteer's Länder carry. */
    private static final Map<String, String> LAENDER = Map.ofEntries(
            Map.entry("01", "Schleswig-Holstein"),
            Map.entry("03", "Lower Saxony"),
            Map.entry("05", "North Rhine-Westphalia"),
            Map.entry("06", "Hesse"),
            Map.entry("07", "Rhineland-Palatinate"),
            Map.entry("08", "Baden-Württemberg"),
            Map.entry("09", "Bavaria"),
            Map.entry("10", "Saarland"),
            Map.entry("12", "Brandenburg"),
            Map.entry("13", "Mecklenburg-Western Pomerania"),
            Map.entry("14", "Saxony"),
            Map.entry("15", "Saxony-Anhalt"),
            Map.entry("16", "Thuringia"));

    List<PlaceRow> addTo(List<PlaceRow> foreign) {
        return addTo(
                foreign,
                NpmData.text("landkreise-deutschland/data/districts.csv")
                        .lines()
                        .skip(1)
                        .toList());
    }

    /** The districts made, from the package's rows (official key;type;name;…). */
    List<PlaceRow> addTo(List<PlaceRow> foreign, List<String> rows) {
        Map<String, String> laender = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (PlaceRow p : foreign) {
            if (!"DE".equals(p.country)) {
                continue;
            }
            for (String n : Namesakes.names(p)) {
                if (p.level == Level.PROVINCE) {
                    laender.putIfAbsent(Names.key(n), p.code);
                } else if (!Names.hasHan(n)) {
                    known.add(Names.full(n));
                }
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        for (String row : rows) {
            String[] r = row.split(";");
            if (r.length < 3 || !("Landkreis".equals(r[1]) || "Kreis".equals(r[1])) || r[2].startsWith("Region")) {
                continue;
            }
            String name = r[2].strip();
            String german = name.startsWith("Städteregion") ? name : r[1] + " " + name;
            String bare = name.replaceAll("\\s*\\(.*\\)$", "");
            if (known.contains(Names.full(german)) || known.contains(Names.full(bare + " District"))) {
                continue;
            }
            PlaceRow place = new PlaceRow("DEK-" + r[0], Level.COUNTY, "DE", "landkreise");
            place.nameEn = german;
            String land = LAENDER.get(r[0].substring(0, 2));
            place.parentCode = land == null ? null : laender.get(Names.key(land));
            place.needsReview = false;
            place.aliases.add(german);
            place.aliases.add(bare + " District");
            place.aliases.add(bare + " (district)");
            made.add(place);
        }
        return made;
    }
}
