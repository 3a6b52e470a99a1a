package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The counties of the United States that no other source names (refdata/us): Taiwanese and Chinese tables write a US
 * county as a partner (福遍郡 Fort Bend County, 富頓縣 Fulton County, 德拉瓦郡 Delaware County), and the gazetteer's
 * populated places and Wikidata labels hold only some. Each is made a county under its state, named in Latin letters
 * only (Fort Bend County), since the source has no Chinese names: the reading by sounds finds it, within the state
 * written in front of it. A county a US place of the same state (or of no known state) already is by its English
 * name with its designation is left to it (a town of the county's bare name is another place: Richland, Ohio, is a
 * village of Richland County's neighbour); the bare name is no alias, for it is also the name of cities (Dallas).
 */
final class UsCountyLoader {

    /** The counties made places, each under its state when the reference data has that state. */
    List<PlaceRow> addTo(List<PlaceRow> foreign) {
        Map<String, String> states = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (PlaceRow p : foreign) {
            if (!"US".equals(p.country)) {
                continue;
            }
            if (p.level == Level.PROVINCE) {
                for (String n : Namesakes.names(p)) {
                    states.putIfAbsent(Names.key(n), p.code);
                }
                continue;
            }
            for (String n : Namesakes.names(p)) {
                if (!Names.hasHan(n)) {
                    known.add(p.parentCode + "/" + Names.full(n));
                }
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        for (String[] r : Tsv.read("refdata/us/counties.tsv")) {
            String name = r[2] + " " + r[3];
            String state = states.get(Names.key(r[1]));
            if (known.contains(state + "/" + Names.full(name)) || known.contains("null/" + Names.full(name))) {
                continue;
            }
            PlaceRow place = new PlaceRow("USC-" + r[0], Level.COUNTY, "US", "us-atlas");
            place.nameEn = name;
            place.parentCode = state;
            place.needsReview = false;
            place.aliases.add(name);
            made.add(place);
        }
        return made;
    }
}
