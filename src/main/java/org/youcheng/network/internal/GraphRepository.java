package org.youcheng.network.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.Ties;

/** Reads the ties that make a graph and the places on them, and the stamp that says when ties last changed. */
@Repository
public class GraphRepository {

    /** Ties an official list set aside are in no graph: the list says they do not exist. */
    private static final String TIES = """
            select t.domestic_id, t.partner_id, t.kind, t.status, t.signed_on from tie t
            where t.set_aside_on is null""";

    private static final String PLACES = "select " + Places.COLUMNS
            + " from place p join (select domestic_id id from tie union select partner_id from tie) s on s.id = p.id";
    /** Every foreign place with coordinates: the candidates of 以点带面 and partner search. */
    private static final String PLACED =
            "select " + Places.COLUMNS + " from place p where p.lat is not null and p.lng is not null";

    private static final String CHINESE_PARENTS = "select id, parent_id from place where country_code = 'CN'";

    private final JdbcClient db;
    private final Ties ties;

    GraphRepository(JdbcClient db, Ties ties) {
        this.db = db;
        this.ties = ties;
    }

    String state() {
        return ties.state();
    }

    /** Every tie a graph may hold, with what filters look at, in the table's order. */
    public List<TieSnapshot.Row> ties() {
        List<TieSnapshot.Row> rows = new ArrayList<>();
        db.sql(TIES).query(rs -> {
            Date signed = rs.getDate(5);
            rows.add(new TieSnapshot.Row(
                    rs.getLong(1),
                    rs.getLong(2),
                    TieKind.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
                    "ended".equals(rs.getString(4)),
                    TieSnapshot.day(signed == null ? null : signed.toLocalDate())));
        });
        return rows;
    }

    /** Every place on at least one tie (of any kind or status). */
    List<Place> placesOnTies() {
        return db.sql(PLACES).query(Places::map).list();
    }

    /** The parent of every Chinese place (0 for a province), to find the province a place lies in. */
    Map<Long, Long> chineseParents() {
        Map<Long, Long> parents = new HashMap<>();
        db.sql(CHINESE_PARENTS).query(rs -> {
            long parent = rs.getLong(2);
            parents.put(rs.getLong(1), parent);
        });
        return parents;
    }

    public List<Place> placed() {
        return db.sql(PLACED).query(Places::map).list();
    }
}
