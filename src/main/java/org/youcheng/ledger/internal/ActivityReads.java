package org.youcheng.ledger.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityCommon;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityFile;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.Agreement;
import org.youcheng.ledger.AgreementType;
import org.youcheng.ledger.Award;
import org.youcheng.ledger.CooperationProject;
import org.youcheng.ledger.Delegation;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.EventKind;
import org.youcheng.ledger.ExchangeEvent;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.ProjectDomain;
import org.youcheng.ledger.ProjectStatus;
import org.youcheng.ledger.RecipientKind;
import org.youcheng.ledger.Term;

/**
 * How activities are read back: the columns selected, a row made an {@link Activity}, and the foreign side and files
 * added to a list of them in two queries.
 */
public final class ActivityReads {

    private static final String COLUMNS = """
            a.id, a.type, a.place_id, a.tie_id, a.title, a.started_on, a.ended_on, a.direction, a.leader_level,
            a.head_count, a.purpose, a.event_kind, a.online, a.venue, a.agreement_type, a.parties, a.domain,
            a.project_status, a.outcome, a.amount, a.currency, a.granting_body, a.award_year, a.recipient_kind,
            a.recipient, a.sources, a.note, a.version, a.created_at, a.updated_at,
            p.code p_code, p.name_zh p_name_zh, p.name_en p_name_en, p.country_code p_country""";
    /** The start of every query of activities: add the where clause. */
    static final String SELECT = "select " + COLUMNS + " from activity a join place p on p.id = a.place_id ";

    private static final String PARTNERS = """
            select ap.activity_id, ap.place_id, ap.organisation, p.code, p.name_zh, p.name_en, p.country_code
            from activity_partner ap left join place p on p.id = ap.place_id
            where ap.activity_id in (:ids) order by ap.activity_id, ap.position""";
    private static final String FILES =
            "select " + ActivityFileRepository.COLUMNS + " from activity_file where activity_id in (:ids) order by id";

    private final JdbcClient db;

    ActivityReads(JdbcClient db) {
        this.db = db;
    }

    /** Adds the foreign side and the files, two queries for the whole list. */
    List<Activity> complete(List<Activity> activities) {
        if (activities.isEmpty()) {
            return activities;
        }
        List<Long> ids = activities.stream().map(Activity::id).toList();
        Map<Long, List<Partner>> partners = new HashMap<>();
        Map<Long, List<Activity.Side>> sides = new HashMap<>();
        db.sql(PARTNERS).param("ids", ids).query(rs -> {
            long a = rs.getLong("activity_id");
            long place = rs.getLong("place_id");
            boolean isPlace = !rs.wasNull();
            String organisation = rs.getString("organisation");
            partners.computeIfAbsent(a, k -> new ArrayList<>())
                    .add(isPlace ? Partner.place(place) : Partner.organisation(organisation));
            sides.computeIfAbsent(a, k -> new ArrayList<>())
                    .add(
                            isPlace
                                    ? new Activity.Side(
                                            place,
                                            rs.getString("code"),
                                            rs.getString("name_zh"),
                                            rs.getString("name_en"),
                                            rs.getString("country_code"))
                                    : new Activity.Side(null, null, organisation, organisation, null));
        });
        Map<Long, List<ActivityFile>> files = new LinkedHashMap<>();
        db.sql(FILES)
                .param("ids", ids)
                .query(ActivityFileRepository::map)
                .list()
                .forEach(f -> files.computeIfAbsent(f.activityId(), k -> new ArrayList<>())
                        .add(f));
        return activities.stream()
                .map(a -> new Activity(
                        a.id(),
                        a.draft().withTie(a.draft().tieId(), partners.getOrDefault(a.id(), List.of())),
                        a.place(),
                        sides.getOrDefault(a.id(), List.of()),
                        files.getOrDefault(a.id(), List.of()),
                        a.version(),
                        a.createdAt(),
                        a.updatedAt()))
                .toList();
    }

    /** One row of {@link #SELECT}, without its foreign side and files (see {@link #complete}). */
    static Activity map(ResultSet rs, int n) throws SQLException {
        long tie = rs.getLong("tie_id");
        Long tieId = rs.wasNull() ? null : tie;
        Date ended = rs.getDate("ended_on");
        ActivityCommon common = new ActivityCommon(
                rs.getLong("place_id"),
                tieId,
                List.of(),
                rs.getString("title"),
                rs.getDate("started_on").toLocalDate(),
                ended == null ? null : ended.toLocalDate(),
                rs.getString("sources"),
                rs.getString("note"));
        ActivityDraft d = switch (term(ActivityType.class, rs.getString("type"))) {
            case DELEGATION ->
                new Delegation(
                        common,
                        term(Direction.class, rs.getString("direction")),
                        term(LeaderLevel.class, rs.getString("leader_level")),
                        integer(rs, "head_count"),
                        rs.getString("purpose"));
            case EVENT -> {
                boolean online = rs.getBoolean("online");
                yield new ExchangeEvent(
                        common,
                        term(EventKind.class, rs.getString("event_kind")),
                        rs.wasNull() ? null : online,
                        rs.getString("venue"));
            }
            case AGREEMENT ->
                new Agreement(
                        common, term(AgreementType.class, rs.getString("agreement_type")), rs.getString("parties"));
            case PROJECT ->
                new CooperationProject(
                        common,
                        term(ProjectDomain.class, rs.getString("domain")),
                        term(ProjectStatus.class, rs.getString("project_status")),
                        rs.getString("outcome"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"));
            case AWARD ->
                new Award(
                        common,
                        rs.getString("granting_body"),
                        integer(rs, "award_year"),
                        term(RecipientKind.class, rs.getString("recipient_kind")),
                        rs.getString("recipient"));
        };
        Activity.Side place = new Activity.Side(
                d.placeId(),
                rs.getString("p_code"),
                rs.getString("p_name_zh"),
                rs.getString("p_name_en"),
                rs.getString("p_country"));
        return new Activity(
                rs.getLong("id"),
                d,
                place,
                List.of(),
                List.of(),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }

    static <T extends Enum<T> & Term> T term(Class<T> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
