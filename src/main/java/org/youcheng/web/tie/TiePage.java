package org.youcheng.web.tie;

import java.util.List;
import org.youcheng.web.PlaceLink;

/**
 * A tie on its own page: both sides, what it is, its documents and sources, its status history and the rules of
 * the trade it bends.
 *
 * @param signed     the signing date in the page's language, or null when unknown
 * @param history    statuses it has had, oldest first
 * @param authority  the strongest of its statements: recorded, extracted or reference
 * @param setAsideOn the day an office's official list left it out (null when it has not)
 * @param statements every statement that it exists, the standing one first
 */
public record TiePage(
        long id,
        int version,
        String kind,
        String kindCode,
        PlaceLink domestic,
        String domesticCountry,
        PlaceLink partner,
        String partnerCountry,
        String signed,
        String status,
        String statusCode,
        String endedOn,
        String endReason,
        String source,
        boolean sourceIsLink,
        String note,
        List<String> warnings,
        List<Document> documents,
        List<Change> history,
        Approval approval,
        String authority,
        String setAsideOn,
        String setAsideReason,
        List<Statement> statements) {

    /**
     * One statement that the tie exists, in the page's language.
     *
     * @param provenance recorded, extracted or reference
     * @param kind       the kind it states, or null when it states none (the reference network)
     * @param signed     the signing date it states, or null when none
     * @param added      the day it reached the registry
     * @param evidence   the article's words, for a statement from the news
     */
    public record Statement(
            String provenance,
            String source,
            boolean sourceIsLink,
            String kind,
            String signed,
            String added,
            Long importId,
            Long candidateId,
            String evidence,
            boolean standing) {}

    /**
     * The approval path as the page shows it: the application (null when none), its steps, and which forms to offer.
     *
     * @param canApply the tie is an intent with a letter of intent, and has no open application
     * @param state    applied, returned, province_approved, national_approved or signed; null when none
     * @param kindCode what is applied for: sister or partner
     * @param needs    what the tie still needs before an application can be filed, as message keys
     */
    public record Approval(
            boolean canApply, String state, String kindCode, int version, List<Step> steps, List<String> needs) {}

    /** @param step apply, province_approve, province_return, national_approve, national_return or sign */
    public record Step(String step, String at, String actor, String reason, String dated) {}

    /** @param kindCode agreement, memorandum, intent_letter or other */
    public record Document(long id, String kindCode, String title, String url, String dated) {}

    public record Change(String statusCode, String at, String reason) {}
}
