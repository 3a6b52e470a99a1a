package org.youcheng.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.youcheng.registry.Warning;

/**
 * A tie with both of its places, its status history and the rules of the trade it bends.
 *
 * @param signed          the signing date at its own precision: 1974, 1974-02 or 1974-02-01
 * @param signedPrecision year, month or day
 * @param version         the version to send back with a change or a delete
 */
record TieJson(long id, String kind, String signed, String signedPrecision, String status, LocalDate endedOn,
               String endReason, String source, String note, int version, Instant createdAt, Instant updatedAt,
               PlaceJson domestic, PlaceJson partner, List<HistoryJson> history, List<DocumentJson> documents,
               List<Warning> warnings) {

    /** One change of status, oldest first. */
    record HistoryJson(String status, Instant changedAt, String reason) {
    }

    /** A document filed with the tie. */
    record DocumentJson(long id, String kind, String title, String url, LocalDate dated) {
        static DocumentJson of(org.youcheng.registry.TieDocument d) {
            return new DocumentJson(d.id(), d.kind().code(), d.title(), d.url(), d.dated());
        }
    }
}
