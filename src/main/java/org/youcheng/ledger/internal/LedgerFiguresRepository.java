package org.youcheng.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.AgreementType;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.EventKind;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.ProjectDomain;
import org.youcheng.ledger.ProjectStatus;
import org.youcheng.ledger.RecipientKind;

/** The read-only queries behind the figures and the health of ties: grouped in the database, folded in Java. */
@Repository
public class LedgerFiguresRepository {

    private static final String GROUPS = """
            select type, direction, leader_level, event_kind, online, agreement_type, domain, project_status,
                   currency, count(*) n, coalesce(sum(head_count), 0) heads, sum(amount) amount
            from activity
            where place_id in (:places) and started_on between :from and :to
            group by type, direction, leader_level, event_kind, online, agreement_type, domain, project_status,
                     currency""";
    private static final String LISTED = """
            select id, place_id, type, title, domain, project_status, started_on, outcome, granting_body, award_year,
                   recipient_kind, recipient
            from activity
            where place_id in (:places) and started_on between :from and :to
              and (type = 'award' or (type = 'project' and outcome is not null))
            order by started_on, id""";
    private static final String HEALTH = """
            select t.id, t.domestic_id, t.kind, t.signed_on, p.id p_id, p.code, p.name_zh, p.name_en, p.country_code,
                   extract(year from a.started_on) y, count(a.id) n, max(a.started_on) last_on,
                   max(case when a.type = 'project' and a.project_status in ('ongoing', 'completed') then 1 else 0
                       end) substantive
            from tie t join place p on p.id = t.partner_id left join activity a on a.tie_id = t.id
            where %s and t.status <> 'ended' and t.kind <> 'unverified' and t.set_aside_on is null
            group by t.id, t.domestic_id, t.kind, t.signed_on, p.id, p.code, p.name_zh, p.name_en, p.country_code,
                     extract(year from a.started_on)
            order by t.id""";

    /** One group of activities that share every grouped field. */
    public record Group(
            ActivityType type,
            Direction direction,
            LeaderLevel leaderLevel,
            EventKind eventKind,
            Boolean online,
            AgreementType agreementType,
            ProjectDomain domain,
            ProjectStatus status,
            String currency,
            int count,
            int heads,
            BigDecimal amount) {}

    /** One tie and one year of its activities (year null: a tie without any). */
    public record TieYear(
            long tieId,
            long domesticId,
            boolean intent,
            LocalDate signedOn,
            Activity.Side partner,
            Integer year,
            int count,
            LocalDate last,
            boolean substantive) {}

    private final JdbcClient db;

    LedgerFiguresRepository(JdbcClient db) {
        this.db = db;
    }

    public List<Group> groups(Collection<Long> places, LocalDate from, LocalDate to) {
        return db.sql(GROUPS)
                .param("places", places)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    boolean online = rs.getBoolean("online");
                    Boolean isOnline = rs.wasNull() ? null : online;
                    return new Group(
                            ActivityReads.term(ActivityType.class, rs.getString("type")),
                            ActivityReads.term(Direction.class, rs.getString("direction")),
                            ActivityReads.term(LeaderLevel.class, rs.getString("leader_level")),
                            ActivityReads.term(EventKind.class, rs.getString("event_kind")),
                            isOnline,
                            ActivityReads.term(AgreementType.class, rs.getString("agreement_type")),
                            ActivityReads.term(ProjectDomain.class, rs.getString("domain")),
                            ActivityReads.term(ProjectStatus.class, rs.getString("project_status")),
                            rs.getString("currency"),
                            rs.getInt("n"),
                            rs.getInt("heads"),
                            rs.getBigDecimal("amount"));
                })
                .list();
    }

    public void listed(
            Collection<Long> places,
            LocalDate from,
            LocalDate to,
            Consumer<ActivityFigures.Outcome> outcomes,
            Consumer<ActivityFigures.Award> awards) {
        db.sql(LISTED)
                .param("places", places)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(rs -> {
                    if ("award".equals(rs.getString("type"))) {
                        awards.accept(new ActivityFigures.Award(
                                rs.getLong("id"),
                                rs.getLong("place_id"),
                                rs.getString("title"),
                                rs.getString("granting_body"),
                                rs.getInt("award_year"),
                                ActivityReads.term(RecipientKind.class, rs.getString("recipient_kind")),
                                rs.getString("recipient")));
                    } else {
                        outcomes.accept(new ActivityFigures.Outcome(
                                rs.getLong("id"),
                                rs.getLong("place_id"),
                                rs.getString("title"),
                                ActivityReads.term(ProjectDomain.class, rs.getString("domain")),
                                ActivityReads.term(ProjectStatus.class, rs.getString("project_status")),
                                rs.getDate("started_on").toLocalDate(),
                                rs.getString("outcome")));
                    }
                });
    }

    /** The live ties whose domestic side is one of these places, year by year. */
    public List<TieYear> tieYearsOfPlaces(Collection<Long> places) {
        return db.sql(HEALTH.formatted("t.domestic_id in (:ids)"))
                .param("ids", places)
                .query(this::tieYear)
                .list();
    }

    /** Whether any of these places has recorded an exchange that began by the day. */
    public boolean anyActivity(Collection<Long> places, LocalDate by) {
        return db.sql("select exists (select 1 from activity where place_id in (:places) and started_on <= :by)")
                .param("places", places)
                .param("by", Date.valueOf(by))
                .query(Boolean.class)
                .single();
    }

    public List<TieYear> tieYears(long tieId) {
        return db.sql(HEALTH.formatted("t.id = :ids"))
                .param("ids", tieId)
                .query(this::tieYear)
                .list();
    }

    private TieYear tieYear(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date signed = rs.getDate("signed_on");
        int y = rs.getInt("y");
        Integer year = rs.wasNull() ? null : y;
        Date last = rs.getDate("last_on");
        return new TieYear(
                rs.getLong("id"),
                rs.getLong("domestic_id"),
                "intent".equals(rs.getString("kind")),
                signed == null ? null : signed.toLocalDate(),
                new Activity.Side(
                        rs.getLong("p_id"),
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("country_code")),
                year,
                rs.getInt("n"),
                last == null ? null : last.toLocalDate(),
                rs.getInt("substantive") == 1);
    }
}
