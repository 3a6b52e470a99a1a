package org.youcheng.registry;

/**
 * What a merge does with one tie of the duplicate place.
 *
 * @param other      the tie's other side
 * @param survivorId the tie it ends as: itself when moved, the known place's tie with the same other side when
 *                   combined, null when dropped
 */
public record TieMove(long tieId, Place other, Outcome outcome, Long survivorId) {

    public enum Outcome {
        /** the tie now joins the known place */
        MOVED,
        /** the known place had a tie with the same other side: the two are one, the known place's row kept */
        COMBINED,
        /** a tie between the duplicate and the known place itself: it would join a place to itself */
        DROPPED
    }
}
