package org.youcheng.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatement;
import org.youcheng.registry.Warning;

/**
 * A tie with both of its places, its status history and the rules of the trade it bends.
 *
 * @param signed          the signing date at its own precision: 1974, 1974-02 or 1974-02-01
 * @param signedPrecision year, month or day
 * @param version         the version to send back with a change or a delete
 * @param kind            sister, partner, intent, or unverified for a tie only the reference network states
 * @param origin          who made the standing statement: recorded, extracted or reference
 * @param authority       the strongest of all its statements (recorded over extracted over reference)
 * @param setAsideOn      the day an office's official list left it out: kept, counted nowhere (null when not)
 * @param statements      every statement that it exists, the standing one first
 */
record TieJson(
        long id,
        String kind,
        String signed,
        String signedPrecision,
        String status,
        LocalDate endedOn,
        String endReason,
        String source,
        String note,
        int version,
        Instant createdAt,
        Instant updatedAt,
        PlaceJson domestic,
        PlaceJson partner,
        List<HistoryJson> history,
        List<DocumentJson> documents,
        List<Warning> warnings,
        String origin,
        String authority,
        LocalDate setAsideOn,
        String setAsideReason,
        List<StatementJson> statements) {

    /**
     * One statement that the tie exists.
     *
     * @param provenance recorded, extracted or reference
     * @param kind       the kind it states; null when it states none (the reference network)
     * @param evidence   the article's words, for a statement from the news
     * @param standing   whether it is the statement the tie's own fields hold
     */
    record StatementJson(
            String provenance,
            String source,
            String kind,
            String signed,
            String signedPrecision,
            Long importId,
            Long candidateId,
            String evidence,
            Instant addedAt,
            boolean standing) {
        static StatementJson of(TieStatement s) {
            return new StatementJson(
                    s.provenance().code(),
                    s.source(),
                    s.kind() == null || s.kind() == TieKind.UNVERIFIED
                            ? null
                            : s.kind().code(),
                    s.signed() == null ? null : s.signed().toString(),
                    s.signed() == null ? null : s.signed().precision().name().toLowerCase(Locale.ROOT),
                    s.importId(),
                    s.candidateId(),
                    s.evidence(),
                    s.addedAt(),
                    s.standing());
        }
    }

    /** One change of status, oldest first. */
    record HistoryJson(String status, Instant changedAt, String reason) {}

    /** A document filed with the tie. */
    record DocumentJson(long id, String kind, String title, String url, LocalDate dated) {
        static DocumentJson of(org.youcheng.registry.TieDocument d) {
            return new DocumentJson(d.id(), d.kind().code(), d.title(), d.url(), d.dated());
        }
    }
}
