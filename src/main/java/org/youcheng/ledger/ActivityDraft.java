package org.youcheng.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity as written, checked for form (see {@link ActivityReader}): the fields of other types are null. The
 * service checks what needs the database (the places, the tie, the account's scope).
 */
public record ActivityDraft(ActivityType type, long placeId, Long tieId, List<Partner> partners, String title,
                            LocalDate startedOn, LocalDate endedOn,
                            Direction direction, LeaderLevel leaderLevel, Integer headCount, String purpose,
                            EventKind eventKind, Boolean online, String venue,
                            AgreementType agreementType, String parties,
                            ProjectDomain domain, ProjectStatus status, String outcome, BigDecimal amount,
                            String currency,
                            String grantingBody, Integer year, RecipientKind recipientKind, String recipient,
                            String sources, String note) {

    public ActivityDraft {
        partners = List.copyOf(partners);
    }

    /** The same draft, tied to a tie, with the foreign side it names. */
    public ActivityDraft withTie(Long tie, List<Partner> foreign) {
        return new ActivityDraft(type, placeId, tie, foreign, title, startedOn, endedOn, direction, leaderLevel,
                headCount, purpose, eventKind, online, venue, agreementType, parties, domain, status, outcome,
                amount, currency, grantingBody, year, recipientKind, recipient, sources, note);
    }

    /** A field's value as {@link ActivityReader} reads it back (a term by its code, a date in ISO form), or null. */
    public String text(ActivityField f) {
        Object v = switch (f) {
            case TITLE -> title;
            case STARTED_ON -> startedOn;
            case ENDED_ON -> endedOn;
            case DIRECTION -> direction;
            case LEADER_LEVEL -> leaderLevel;
            case HEAD_COUNT -> headCount;
            case PURPOSE -> purpose;
            case EVENT_KIND -> eventKind;
            case ONLINE -> online;
            case VENUE -> venue;
            case AGREEMENT_TYPE -> agreementType;
            case PARTIES -> parties;
            case DOMAIN -> domain;
            case STATUS -> status;
            case OUTCOME -> outcome;
            case AMOUNT -> amount == null ? null : amount.toPlainString();
            case CURRENCY -> currency;
            case GRANTING_BODY -> grantingBody;
            case YEAR -> year;
            case RECIPIENT_KIND -> recipientKind;
            case RECIPIENT -> recipient;
            case SOURCES -> sources;
            case NOTE -> note;
        };
        return v instanceof Term t ? t.code() : v == null ? null : v.toString();
    }
}
