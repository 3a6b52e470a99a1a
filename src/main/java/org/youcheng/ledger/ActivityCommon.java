package org.youcheng.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * What every activity has, whatever its type: its Chinese side, its tie (null when it is on none), its foreign side,
 * its title and dates, and where it is known from.
 */
public record ActivityCommon(
        long placeId,
        Long tieId,
        List<Partner> partners,
        String title,
        LocalDate startedOn,
        LocalDate endedOn,
        String sources,
        String note) {

    public ActivityCommon {
        partners = List.copyOf(partners);
    }

    /** The same, on a tie, with the foreign side it names. */
    public ActivityCommon withTie(Long tie, List<Partner> foreign) {
        return new ActivityCommon(placeId, tie, foreign, title, startedOn, endedOn, sources, note);
    }

    /** One of the fields all types share, or null for a field of one type. */
    Object value(ActivityField f) {
        return switch (f) {
            case TITLE -> title;
            case STARTED_ON -> startedOn;
            case ENDED_ON -> endedOn;
            case SOURCES -> sources;
            case NOTE -> note;
            default -> null;
        };
    }
}
