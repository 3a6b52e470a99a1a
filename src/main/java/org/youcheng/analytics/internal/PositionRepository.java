package org.youcheng.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.analytics.Position;
import org.youcheng.analytics.Positions.Line;

/**
 * Positions of places for the maps. Only places of the Wikidata twin network carry coordinates of their own (and the
 * Chinese divisions matched to them); every other place is drawn where the nearest thing that has some is: its
 * parent, its grandparent, the centre of its own places that have coordinates (a province amid its cities), or its
 * country's centre. Each position says which, so a map can mark the approximate ones.
 *
 * <p>Every query joins by primary key only (H2 plans joins on grouped subqueries badly): the centres of places'
 * children come from one small grouped query of their own.
 */
@Repository
public class PositionRepository {

    /** Coordinates of a place {@code x}, its parent and grandparent, and its country, with a column prefix. */
    private static final String COLUMNS = """
            {x}.id {x}_id, {x}.lat {x}_lat, {x}.lng {x}_lng, {x}p.lat {x}p_lat, {x}p.lng {x}p_lng,
            {x}pp.lat {x}pp_lat, {x}pp.lng {x}pp_lng, {x}c.lat {x}c_lat, {x}c.lng {x}c_lng""";

    private static final String JOINS = """
            left join place {x}p on {x}p.id = {x}.parent_id
            left join place {x}pp on {x}pp.id = {x}p.parent_id
            join country {x}c on {x}c.code = {x}.country_code""";
    private static final String OF_PLACES = "select " + COLUMNS.replace("{x}", "a") + "\nfrom place a\n"
            + JOINS.replace("{x}", "a") + "\nwhere a.id in (:ids)";
    private static final String LINES = "select t.kind, " + COLUMNS.replace("{x}", "d") + ",\n"
            + COLUMNS.replace("{x}", "o") + """

            from tie t
            join place d on d.id = t.domestic_id
            join place o on o.id = t.partner_id
            """ + JOINS.replace("{x}", "d") + "\n" + JOINS.replace("{x}", "o") + """

            where t.status <> 'ended' and t.set_aside_on is null
            order by t.id""";
    private static final String CHILD_CENTRES = """
            select parent_id, avg(lat), avg(lng) from place
            where lat is not null and parent_id is not null group by parent_id""";
    /** The same for some places only: a place page's few, not a group of all 100,000 places per request. */
    private static final String CHILD_CENTRES_OF = """
            select parent_id, avg(lat), avg(lng) from place
            where lat is not null and parent_id in (:ids) group by parent_id""";

    private final JdbcClient db;

    PositionRepository(JdbcClient db) {
        this.db = db;
    }

    /** Positions of these places; a place with no position at all (a country without a centre) is absent. */
    public Map<Long, Position> of(Collection<Long> placeIds) {
        Map<Long, Position> out = new HashMap<>();
        if (placeIds.isEmpty()) {
            return out;
        }
        Map<Long, double[]> centres = centres(db.sql(CHILD_CENTRES_OF).param("ids", placeIds));
        db.sql(OF_PLACES).param("ids", placeIds).query(rs -> {
            Position p = position(rs, "a_", centres);
            if (p != null) {
                out.put(rs.getLong("a_id"), p);
            }
        });
        return out;
    }

    /**
     * Every tie that is not ended nor set aside by an official list, from its domestic side to its partner; ties
     * without a position are left out.
     */
    public List<Line> allLines() {
        Map<Long, double[]> centres = childCentres();
        return db
                .sql(LINES)
                .query((rs, n) -> {
                    Position from = position(rs, "d_", centres);
                    Position to = position(rs, "o_", centres);
                    return from == null || to == null
                            ? null
                            : new Line(rs.getString("kind"), from.lng(), from.lat(), to.lng(), to.lat());
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private Map<Long, double[]> childCentres() {
        return centres(db.sql(CHILD_CENTRES));
    }

    private static Map<Long, double[]> centres(JdbcClient.StatementSpec query) {
        Map<Long, double[]> centres = new HashMap<>();
        query.query(rs -> {
            centres.put(rs.getLong(1), new double[] {rs.getDouble(3), rs.getDouble(2)});
        });
        return centres;
    }

    private static Position position(ResultSet rs, String x, Map<Long, double[]> centres) throws SQLException {
        String[] levels = {x, x.replace("_", "p_"), x.replace("_", "pp_")};
        for (int i = 0; i < levels.length; i++) {
            Object lat = rs.getObject(levels[i] + "lat");
            if (lat != null) {
                return new Position(
                        rs.getDouble(levels[i] + "lng"), rs.getDouble(levels[i] + "lat"), Position.From.values()[i]);
            }
        }
        double[] centre = centres.get(rs.getLong(x + "id"));
        if (centre != null) {
            return new Position(centre[0], centre[1], Position.From.CHILDREN);
        }
        String c = x.replace("_", "c_");
        if (rs.getObject(c + "lat") != null) {
            return new Position(rs.getDouble(c + "lng"), rs.getDouble(c + "lat"), Position.From.COUNTRY);
        }
        return null;
    }
}
