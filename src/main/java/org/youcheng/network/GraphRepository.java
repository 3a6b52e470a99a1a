package org.youcheng.network;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieRepository;

/** Reads the ties that make a graph and the places on them, and the stamp that says when ties last changed. */
@Repository
class GraphRepository {

    /** Ties an official list set aside are in no graph: the list says they do not exist. */
    private static final String EDGES = "select t.domestic_id, t.partner_id from tie t where t.set_aside_on is null";
    private static final String PLACES = "select " + PlaceRepository.COLUMNS
            + " from place p join (select domestic_id id from tie union select partner_id from tie) s on s.id = p.id";
    /** Every foreign place with coordinates: the candidates of 以点带面 and partner search. */
    private static final String PLACED = "select " + PlaceRepository.COLUMNS
            + " from place p where p.lat is not null and p.lng is not null";

    private static final String CHINESE_PARENTS = "select id, parent_id from place where country_code = 'CN'";

    record Edges(long[] from, long[] to) {
    }

    private final JdbcClient db;
    private final TieRepository ties;

    GraphRepository(JdbcClient db, TieRepository ties) {
        this.db = db;
        this.ties = ties;
    }

    String state() {
        return ties.state();
    }

    Edges edges(GraphFilter f) {
        StringBuilder sql = new StringBuilder(EDGES);
        var params = new java.util.LinkedHashMap<String, Object>();
        if (!f.withEnded()) {
            sql.append(" and t.status <> 'ended'");
        }
        if (!f.kinds().isEmpty()) {
            sql.append(" and t.kind in (:kinds)");
            params.put("kinds", f.kinds().stream().map(TieKind::code).toList());
        }
        if (f.signedFrom() != null) {
            sql.append(" and t.signed_on >= :from");
            params.put("from", Date.valueOf(f.signedFrom()));
        }
        if (f.signedTo() != null) {
            sql.append(" and t.signed_on <= :to");
            params.put("to", Date.valueOf(f.signedTo()));
        }
        List<long[]> rows = new ArrayList<>();
        db.sql(sql.toString()).params(params).query(rs -> {
            rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
        });
        long[] from = new long[rows.size()];
        long[] to = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            from[i] = rows.get(i)[0];
            to[i] = rows.get(i)[1];
        }
        return new Edges(from, to);
    }

    /** Every place on at least one tie (of any kind or status). */
    List<Place> placesOnTies() {
        return db.sql(PLACES).query(PlaceRepository::map).list();
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

    List<Place> placed() {
        return db.sql(PLACED).query(PlaceRepository::map).list();
    }
}
