package org.youcheng.web.graph;

import java.util.List;
import org.youcheng.web.PlaceLink;

/**
 * 以点带面 and partner search for one place: two ranked lists, each score one bar split by its parts (the reasons
 * on demand), filtered by country or strategy region when asked.
 *
 * @param countries the countries and regions the unfiltered lists hold, for the filter's choices
 */
public record SuggestionsPage(
        PlaceLink place,
        String altName,
        int radiusKm,
        Long requestId,
        int considered,
        List<Row> nearPartners,
        List<Row> candidates,
        List<String> caveats,
        List<Choice> countries,
        List<Choice> regions,
        String country,
        String region) {

    /** @param via the partner a 以点带面 suggestion is reached from, or null */
    public record Row(
            int rank,
            PlaceLink place,
            String country,
            String countryCode,
            String region,
            double score,
            PlaceLink via,
            Double km,
            List<Part> parts,
            List<String> notes) {}

    /**
     * One part of a score; {@code x} and {@code width} place it on the bar, in percent of the highest score the
     * parts allow.
     */
    public record Part(String name, double points, double max, String reason, double x, double width) {}

    public record Choice(String code, String name) {}
}
