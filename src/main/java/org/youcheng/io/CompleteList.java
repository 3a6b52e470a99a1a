package org.youcheng.io;

import java.time.LocalDate;
import java.util.Set;

/**
 * An import that is the complete official list of one place ({@code --complete-for}), and with
 * {@code withSubordinates} of its counties and districts too. Every row must be a tie of those places; the ties
 * they hold that the file does not name are the list's business: reference ties are set aside (kept, shown as not
 * on the official list, counted nowhere); recorded ones are reported and left alone, or ended on
 * {@code endMissing} when it is given.
 *
 * @param scope the places the list speaks for: the place, and its subtree with {@code withSubordinates}
 */
public record CompleteList(
        long placeId, String placeName, boolean withSubordinates, LocalDate endMissing, Set<Long> scope) {

    public CompleteList {
        scope = Set.copyOf(scope);
    }

    /** What the list did (or, in a dry run, would do) to the ties it does not name. */
    public record Outcome(
            String place,
            boolean withSubordinates,
            int named,
            java.util.List<String> setAside,
            java.util.List<String> notOnList,
            java.util.List<String> ended,
            LocalDate endedOn) {}
}
