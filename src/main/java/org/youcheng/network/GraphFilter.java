package org.youcheng.network;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.youcheng.registry.TieKind;

/**
 * Which ties make up the graph: of these kinds (all when empty), signed in this period (either end open; a tie
 * without a signing date is left out once a period is given), and live ones only unless {@code withEnded}. Ties an
 * official list set aside are never in a graph.
 */
public record GraphFilter(Set<TieKind> kinds, LocalDate signedFrom, LocalDate signedTo, boolean withEnded) {

    public static final GraphFilter ALL_LIVE = new GraphFilter(Set.of(), null, null, false);

    public GraphFilter {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** The kinds a filter names: a recorded kind as {@link TieKind#parse} reads it, or unverified. */
    public static final String KINDS = TieKind.accepted() + "; or unverified";

    /**
     * A kind a filter names. Unverified is never typed into a record, so {@link TieKind#parse} does not read it; a
     * graph may still be drawn of those ties alone.
     */
    public static java.util.Optional<TieKind> kind(String text) {
        return text != null && text.strip().equalsIgnoreCase(TieKind.UNVERIFIED.code())
                ? java.util.Optional.of(TieKind.UNVERIFIED)
                : TieKind.parse(text);
    }

    public boolean dated() {
        return signedFrom != null || signedTo != null;
    }
}
