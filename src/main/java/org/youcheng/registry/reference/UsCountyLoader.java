package org.youcheng.registry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The counties of the United States that no other source names, from the npm package us-atlas (the Census Bureau's
 * county boundaries as TopoJSON: each county's FIPS code and name, each state's; only codes and names are read): Taiwanese and Chinese tables write a US
 * county as a partner (福遍郡 Fort Bend County, 富頓縣 Fulton County, 德拉瓦郡 Delaware County), and the gazetteer's
 * populated places and Wikidata labels hold only some. Each is made a county under its state, named in Latin letters
 * only (Fort Bend County), since the source has no Chinese names: the reading by sounds finds it, within the state
 * written in front of it. A county a US place of the same state (or of no known state) already is by its English
 * name with its designation is left to it (a town of the county's bare name is another place: Richland, Ohio, is a
 * village of Richland County's neighbour); the bare name is no alias, for it is also the name of cities (Dallas).
 */
final class UsCountyLoader {

    /**
     * Whether the FIPS code is of a state whose counties are made places: the 50 states and DC have codes up to 56, the
     * territories 60 and above; not Alaska (02), whose boroughs and census areas the file does not tell apart, nor the
     * District of Columbia (11).
     */
    private static boolean ofAState(String code) {
        int state = Integer.parseInt(code);
        return state <= 56 && state != 2 && state != 11;
    }

    /**
     * States with independent cities among their county units (county codes 510 and above: Baltimore, St. Louis,
     * Carson City, Virginia's cities): cities, which the gazetteer already has, not counties.
     */
    private static final Set<String> INDEPENDENT_CITIES = Set.of("24", "29", "32", "51");

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
        JsonNode topology = NpmData.read("us-atlas/counties-10m.json").path("objects");
        Map<String, String> stateNames = new HashMap<>();
        for (JsonNode s : topology.path("states").path("geometries")) {
            stateNames.put(
                    s.path("id").asText(), s.path("properties").path("name").asText());
        }
        List<PlaceRow> made = new ArrayList<>();
        for (JsonNode c : topology.path("counties").path("geometries")) {
            String fips = c.path("id").asText();
            String stateCode = fips.substring(0, 2);
            if (!ofAState(stateCode)
                    || (INDEPENDENT_CITIES.contains(stateCode) && Integer.parseInt(fips.substring(2)) >= 510)) {
                continue;
            }
            String name = c.path("properties").path("name").asText() + ("22".equals(stateCode) ? " Parish" : " County");
            String state = states.get(Names.key(stateNames.get(stateCode)));
            if (known.contains(state + "/" + Names.full(name)) || known.contains("null/" + Names.full(name))) {
                continue;
            }
            PlaceRow place = new PlaceRow("USC-" + fips, Level.COUNTY, "US", "us-atlas");
            place.nameEn = name;
            place.parentCode = state;
            place.needsReview = false;
            place.aliases.add(name);
            made.add(place);
        }
        return made;
    }
}
