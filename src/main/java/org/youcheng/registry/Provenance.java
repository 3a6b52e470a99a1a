package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * Who says a tie exists. The office's own record is the authority; an article a person accepted comes next; a
 * bundled open source (the Wikidata twin network) knows neither kind nor date and counts only where a place has no
 * record of its own.
 */
public enum Provenance implements CodedTerm {
    RECORDED,
    EXTRACTED,
    REFERENCE;

    /** Whether a person in the office stands behind it (a record or an accepted article), as figures require. */
    public boolean vetted() {
        return this != REFERENCE;
    }

    /** The stronger of two: recorded over extracted over reference. */
    public Provenance max(Provenance other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    public static Provenance fromCode(String code) {
        return CodedTerm.fromCode(Provenance.class, code);
    }
}
