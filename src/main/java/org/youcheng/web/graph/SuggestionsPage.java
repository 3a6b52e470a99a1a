package org.youcheng.web.graph;

import java.util.List;
import org.youcheng.web.PlaceLink;

/** 以点带面 and partner search for one place: two ranked lists, each score in named parts with reasons. */
public record SuggestionsPage(PlaceLink place, String altName, int radiusKm, Long requestId, int considered,
                              List<Row> nearPartners, List<Row> candidates, List<String> caveats) {

    /** @param via the partner a 以点带面 suggestion is reached from, or null */
    public record Row(int rank, PlaceLink place, String country, double score, PlaceLink via, Double km,
                      List<Part> parts, List<String> notes) {
    }

    public record Part(String name, double points, double max, String reason) {
    }
}
