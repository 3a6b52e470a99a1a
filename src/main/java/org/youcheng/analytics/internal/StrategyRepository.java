package org.youcheng.analytics.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.analytics.Strategy;
import org.youcheng.analytics.Verb;
import org.youcheng.common.Transactions;
import org.youcheng.registry.Region;

/** Stores each place's {@link Strategy}. */
@Repository
public class StrategyRepository {

    private static final String OF_PLACE = """
            select region, verb, target from strategy_aim where place_id = :place order by position""";
    private static final String CLEAR = "delete from strategy_aim where place_id = :place";
    private static final String ADD = """
            insert into strategy_aim (place_id, region, verb, target, position)
            values (:place, :region, :verb, :target, :position)""";

    private final JdbcClient db;
    private final Transactions tx;

    StrategyRepository(JdbcClient db, Transactions tx) {
        this.db = db;
        this.tx = tx;
    }

    public Strategy of(long place) {
        return new Strategy(db.sql(OF_PLACE)
                .param("place", place)
                .query((rs, n) -> new Strategy.Aim(
                        Region.fromCode(rs.getString(1)),
                        Verb.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                        rs.getObject(3, Integer.class)))
                .list());
    }

    public void replace(long place, Strategy strategy) {
        tx.run(() -> {
            db.sql(CLEAR).param("place", place).update();
            int i = 0;
            for (Strategy.Aim a : strategy.aims()) {
                db.sql(ADD)
                        .param("place", place)
                        .param("region", a.region().code())
                        .param("verb", a.verb().code())
                        .param("target", a.target())
                        .param("position", i++)
                        .update();
            }
        });
    }
}
