package org.youcheng.analytics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Level;

/**
 * The ledger's share of the ranking (docs/ranking.md): for every Chinese place of a level, one pass over its
 * activities up to a day, grouped by place.
 */
@Repository
public class LedgerIndicatorRepository {

    /** Leader levels counted as senior: mayor or above, party secretary, council speaker. */
    static final String SENIOR =
            "'head_of_state', 'minister', 'governor', 'mayor', 'party_secretary', 'council_speaker'";

    private static final String BY_PLACE = """
            select a.place_id,
                   count(distinct case when a.type = 'project' then a.domain end) domains,
                   sum(case when a.type = 'project' then 1 else 0 end) projects,
                   sum(case when a.type = 'project' and a.outcome is not null then 1 else 0 end) outcomes,
                   sum(case when a.type = 'delegation' then 1 else 0 end) delegations,
                   sum(case when a.type = 'delegation' then a.head_count else 0 end) person_times,
                   sum(case when a.type = 'delegation' and a.leader_level in (%s) then 1 else 0 end) senior,
                   sum(case when a.type = 'award' then 1 else 0 end) awards,
                   sum(case when a.started_on >= :recent then 1 else 0 end) recent,
                   count(*) activities, min(a.started_on) first_on
            from activity a join place p on p.id = a.place_id
            where p.country_code = 'CN' and {level} a.started_on <= :asOf
            group by a.place_id""".formatted(SENIOR);
    private static final String DOMAINS = """
            select distinct a.place_id, a.domain
            from activity a join place p on p.id = a.place_id
            where p.country_code = 'CN' and a.type = 'project' and a.domain is not null and a.started_on <= :asOf""";

    /**
     * What the ledger's figures depend on, cheaply (two index lookups): the last activity written and the last entry
     * of the audit trail, which every change of the ledger through the application writes (a delete included).
     */
    private static final String STATE = """
            select (select coalesce(max(id), 0) from activity) || ':' || (select coalesce(max(id), 0) from audit_event)""";

    /** One place's counts. */
    public record Counts(
            int domains,
            int projects,
            int outcomes,
            int delegations,
            int personTimes,
            int senior,
            int awards,
            int recent,
            int activities,
            LocalDate firstOn) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, null);

        /** Two places' counts together; domains are recounted by the caller (a domain shared is one). */
        Counts plus(Counts o) {
            LocalDate first = firstOn == null
                    ? o.firstOn
                    : o.firstOn == null || firstOn.isBefore(o.firstOn) ? firstOn : o.firstOn;
            return new Counts(
                    domains + o.domains,
                    projects + o.projects,
                    outcomes + o.outcomes,
                    delegations + o.delegations,
                    personTimes + o.personTimes,
                    senior + o.senior,
                    awards + o.awards,
                    recent + o.recent,
                    activities + o.activities,
                    first);
        }

        Counts withDomains(int n) {
            return new Counts(
                    n, projects, outcomes, delegations, personTimes, senior, awards, recent, activities, firstOn);
        }
    }

    private final JdbcClient db;

    LedgerIndicatorRepository(JdbcClient db) {
        this.db = db;
    }

    public String state() {
        return db.sql(STATE).query(String.class).single();
    }

    /**
     * @param recentFrom the first day of the recent years (their activities are counted apart)
     */
    public Map<Long, Counts> byPlace(Level level, LocalDate asOf, LocalDate recentFrom) {
        Map<Long, Counts> out = new HashMap<>();
        db.sql(BY_PLACE.replace("{level}", "p.level = :level and"))
                .param("level", level.code())
                .param("asOf", asOf)
                .param("recent", recentFrom)
                .query(rs -> {
                    out.put(rs.getLong(1), counts(rs));
                });
        return out;
    }

    /**
     * The same for places with everything under them: each Chinese place's activities are added to the place of
     * the level it lies in ({@code up}: place → that place); project domains are counted once per place of the level.
     */
    public Map<Long, Counts> byPlaceWithSubordinates(Map<Long, Long> up, LocalDate asOf, LocalDate recentFrom) {
        Map<Long, Counts> out = new HashMap<>();
        db.sql(BY_PLACE.replace("{level}", ""))
                .param("asOf", asOf)
                .param("recent", recentFrom)
                .query(rs -> {
                    Long to = up.get(rs.getLong(1));
                    if (to != null) {
                        out.merge(to, counts(rs), Counts::plus);
                    }
                });
        Map<Long, Set<String>> domains = new HashMap<>();
        db.sql(DOMAINS).param("asOf", asOf).query(rs -> {
            Long to = up.get(rs.getLong(1));
            if (to != null) {
                domains.computeIfAbsent(to, k -> new HashSet<>()).add(rs.getString(2));
            }
        });
        out.replaceAll(
                (id, c) -> c.withDomains(domains.getOrDefault(id, Set.of()).size()));
        return out;
    }

    private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Counts(
                rs.getInt("domains"),
                rs.getInt("projects"),
                rs.getInt("outcomes"),
                rs.getInt("delegations"),
                rs.getInt("person_times"),
                rs.getInt("senior"),
                rs.getInt("awards"),
                rs.getInt("recent"),
                rs.getInt("activities"),
                rs.getObject("first_on", LocalDate.class));
    }
}
