package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * Which ties a figure counts. A place's figures count the ties a person stands behind (its records and accepted
 * articles) whenever it has any; only a place with no record of its own is counted from the reference network,
 * and its figures say so. Ties set aside by an official list, ended ties and exchanges within China count nowhere.
 */
public enum CountingBasis implements CodedTerm {
    /** Every tie counted stands on the office's records (or accepted articles). */
    RECORDED,
    /** No record of its own: the figures come from the reference network, kind unverified. */
    REFERENCE,
    /** With counties and districts: some places counted from records, some from the reference network. */
    MIXED,
    /** Nothing to count. */
    NONE;

    /** Whether a tie counts for the place that holds it, given whether that place has records of its own. */
    public static boolean counts(Tie t, boolean holderHasRecords) {
        return t.counted() && t.status() != TieStatus.ENDED && (t.authority().vetted() || !holderHasRecords);
    }

    /** The basis of a set of counted ties: how many stood on records and how many on the reference network. */
    public static CountingBasis of(int vetted, int reference) {
        if (vetted == 0 && reference == 0) {
            return NONE;
        }
        if (reference == 0) {
            return RECORDED;
        }
        return vetted == 0 ? REFERENCE : MIXED;
    }
}
