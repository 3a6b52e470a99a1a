package org.youcheng.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.youcheng.common.PartialDate;

/** A tie between a domestic place (the Chinese side, where there is one) and a partner place. */
public record Tie(long id, long domesticId, long partnerId, TieKind kind, PartialDate signed, TieStatus status,
                  LocalDate endedOn, String endReason, String source, String note, int version,
                  Instant createdAt, Instant updatedAt) {
}
