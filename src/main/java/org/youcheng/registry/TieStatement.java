package org.youcheng.registry;

import java.time.Instant;
import org.youcheng.common.PartialDate;

/**
 * One statement that a tie exists: who says so (provenance), where (the table, the form, the article), what it says
 * of the kind and the date, and when it reached the registry. A tie keeps every statement that ever supported it.
 */
public record TieStatement(Provenance provenance, String source, TieKind kind, PartialDate signed, Long importId,
                           Long candidateId, String evidence, Instant addedAt, boolean standing) {
}
