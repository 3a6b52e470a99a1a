package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Level;

/**
 * The ledger's share of the ranking (docs/ranking.md): for every Chinese place of a level, one pass over its
 * activities up to a day, grouped by place.
 */
@Repository
class LedgerIndicatorRepository {

    /** Leader levels counted as senior: mayor or above, party secretary, council speaker. */
    static final String SENIOR = "'head_of_state', 'minister', 'governor', 'mayor', 'party_secretary', 'council_speaker'";

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
            where p.country_code = 'CN' and p.level = :level and a.started_on <= :asOf
            group by a.place_id""".formatted(SENIOR);

    /**
     * What the ledger's figures depend on, cheaply (two index lookups): the last activity written and the last entry
     * of the audit trail, which every change of the ledger through the application writes (a delete included).
     */
    private static final String STATE = """
            select (select coalesce(max(id), 0) from activity) || ':' || (select coalesce(max(id), 0) from audit_event)""";

    /** One place's counts. */
    record Counts(int domains, int projects, int outcomes, int delegations, int personTimes, int senior, int awards,
                  int recent, int activities, LocalDate firstOn) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    private final JdbcClient db;

    LedgerIndicatorRepository(JdbcClient db) {
        this.db = db;
    }

    String state() {
        return db.sql(STATE).query(String.class).single();
    }

    /**
     * @param recentFrom the first day of the recent years (their activities are counted apart)
     */
    Map<Long, Counts> byPlace(Level level, LocalDate asOf, LocalDate recentFrom) {
        Map<Long, Counts> out = new HashMap<>();
        db.sql(BY_PLACE).param("level", level.code()).param("asOf", asOf).param("recent", recentFrom).query(rs -> {
            out.put(rs.getLong(1), new Counts(rs.getInt("domains"), rs.getInt("projects"), rs.getInt("outcomes"),
                    rs.getInt("delegations"), rs.getInt("person_times"), rs.getInt("senior"), rs.getInt("awards"),
                    rs.getInt("recent"), rs.getInt("activities"), rs.getObject("first_on", LocalDate.class)));
        });
        return out;
    }
}
