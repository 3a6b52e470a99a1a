package org.youcheng.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a place's ledger says about a period, as an office reports it: the delegations received and sent with
 * their person-times by leader level, the events online and in person by kind, the agreements by type, the
 * projects by domain and status, the practical outcomes and the awards. Every map lists every code of its
 * vocabulary, in the vocabulary's order, with zeros.
 *
 * @param places the places counted: the place itself, or it and every place under it
 */
public record ActivityFigures(
        long placeId,
        LocalDate from,
        LocalDate to,
        boolean includeSubordinates,
        int places,
        int activities,
        Delegations received,
        Delegations sent,
        Events events,
        Agreements agreements,
        Projects projects,
        List<Outcome> outcomes,
        List<Award> awards) {

    /** A number of delegations and the people in them. */
    public record Count(int delegations, int personTimes) {}

    public record Delegations(int count, int personTimes, Map<LeaderLevel, Count> byLeaderLevel) {}

    public record Events(
            int count,
            int online,
            int inPerson,
            Map<EventKind, Integer> byKind,
            Map<EventKind, Integer> onlineByKind) {}

    public record Agreements(int count, Map<AgreementType, Integer> byType) {}

    /** @param amounts the sums of the projects' amounts, by currency */
    public record Projects(
            int count,
            Map<ProjectDomain, Integer> byDomain,
            Map<ProjectStatus, Integer> byStatus,
            Map<String, BigDecimal> amounts) {}

    /** A project of the period with the outcome it reports (务实合作成果). */
    public record Outcome(
            long activityId,
            long placeId,
            String title,
            ProjectDomain domain,
            ProjectStatus status,
            LocalDate startedOn,
            String outcome) {}

    public record Award(
            long activityId,
            long placeId,
            String title,
            String grantingBody,
            int year,
            RecipientKind recipientKind,
            String recipient) {}
}
