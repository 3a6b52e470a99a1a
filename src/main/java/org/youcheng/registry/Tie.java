package org.youcheng.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.youcheng.common.PartialDate;

/**
 * A tie between a domestic place (the Chinese side, where there is one) and a partner place. Its fields are the
 * statement that stands ({@code origin} says who made it); {@code authority} is the strongest of all the
 * statements that support it (see {@link TieStatement}). A tie {@code setAsideOn} a date is a reference tie that an
 * office's complete official list left out: kept and shown, counted nowhere.
 */
public record Tie(
        long id,
        long domesticId,
        long partnerId,
        TieKind kind,
        PartialDate signed,
        TieStatus status,
        LocalDate endedOn,
        String endReason,
        String source,
        String note,
        int version,
        Instant createdAt,
        Instant updatedAt,
        Provenance origin,
        Provenance authority,
        LocalDate setAsideOn,
        String setAsideReason) {

    /** Whether figures may count it at all (not set aside); whether they do depends on its holder's records. */
    public boolean counted() {
        return setAsideOn == null;
    }
}
