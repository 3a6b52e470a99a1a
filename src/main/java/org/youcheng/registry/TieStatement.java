package org.youcheng.registry;

import java.time.Instant;
import java.util.Objects;
import org.youcheng.common.PartialDate;

/**
 * One statement that a tie exists: who says so (provenance), where (the table, the form, the article), what it says
 * of the kind and the date, and when it reached the registry. A tie keeps every statement that ever supported it.
 */
public record TieStatement(
        Provenance provenance,
        String source,
        TieKind kind,
        PartialDate signed,
        Long importId,
        Long candidateId,
        String evidence,
        Instant addedAt,
        boolean standing) {

    /**
     * Whether a statement from {@code incomingSource}, taking the place of the standing one (made by {@code origin}
     * from {@code standingSource}), comes from elsewhere — another source, or not the office's record — so that the
     * standing one must be kept beside it rather than overwritten.
     */
    public static boolean fromElsewhere(Provenance origin, String standingSource, String incomingSource) {
        return origin != Provenance.RECORDED || !Objects.equals(standingSource, incomingSource);
    }
}
