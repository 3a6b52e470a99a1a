package org.youcheng.analytics;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.youcheng.analytics.internal.Cached;
import org.youcheng.analytics.internal.PositionRepository;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.Ties;

/**
 * The figures and the map of all ties for the home page. Both are computed once per state of the tie table (its
 * size, last id and last change) and kept until a tie is added, changed or deleted.
 */
@Service
public class OverviewService {

    static final int RANKED = 15;
    static final int NEWEST = 10;

    /** Ties an official list set aside are kept and shown on their own pages, never counted nor drawn here. */
    private static final String LIVE = "status <> 'ended' and set_aside_on is null";

    private static final String BY_KIND = "select kind, count(*) from tie where " + LIVE + " group by kind";
    private static final String LIVE_SIDES = """
            select domestic_id id from tie where %1$s
            union all select partner_id from tie where %1$s""".formatted(LIVE);
    private static final String PLACES_AND_COUNTRIES = """
            select count(*), count(distinct p.country_code)
            from (select distinct id from (%s) s) x join place p on p.id = x.id""".formatted(LIVE_SIDES);
    private static final String MOST_TIES = """
            select %s, x.n from (select id, count(*) n from (%s) s group by id) x join place p on p.id = x.id
            order by x.n desc, p.id limit :limit""".formatted(Places.COLUMNS, LIVE_SIDES);

    private final JdbcClient db;
    private final Ties ties;
    private final PositionRepository positions;
    private final Cached<Overview> overview = new Cached<>();
    private final Cached<List<Positions.Line>> lines = new Cached<>();

    OverviewService(JdbcClient db, Ties ties, PositionRepository positions) {
        this.db = db;
        this.ties = ties;
        this.positions = positions;
    }

    public Overview overview() {
        return overview.get(state(), this::compute);
    }

    /** Every live tie as a line from its domestic side to its partner. */
    public List<Positions.Line> lines() {
        return lines.get(state(), positions::allLines);
    }

    private Overview compute() {
        int[] kinds = new int[TieKind.values().length];
        db.sql(BY_KIND).query(rs -> {
            kinds[
                    TieKind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT))
                            .ordinal()] = rs.getInt(2);
        });
        int[] pc = db.sql(PLACES_AND_COUNTRIES)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        List<Overview.Ranked> most = db.sql(MOST_TIES)
                .param("limit", RANKED)
                .query((rs, n) -> new Overview.Ranked(Places.map(rs, n), rs.getInt("n")))
                .list();
        return new Overview(
                kinds[0],
                kinds[1],
                kinds[2],
                kinds[3],
                kinds[0] + kinds[1] + kinds[2] + kinds[3],
                pc[0],
                pc[1],
                most,
                ties.latest(NEWEST));
    }

    private String state() {
        return ties.state();
    }
}
