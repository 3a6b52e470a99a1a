package org.youcheng.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.youcheng.common.Transactions;
import org.youcheng.registry.Ties;

/** Streams ties with both places, for exports of any size (rows are fetched in pages, not all at once). */
@Repository
public class TieExportRepository {

    private static final String PARENT = """
            , dp.name_zh dp_name_zh, dp.level dp_level
            """;
    private static final String ALL = """
            select %s %s
            from tie t join place d on d.id = t.domestic_id join place p on p.id = t.partner_id
            left join place dp on dp.id = d.parent_id
            order by t.id""";
    private static final String OF_PLACES = """
            select %s %s
            from tie t join place d on d.id = t.domestic_id join place p on p.id = t.partner_id
            left join place dp on dp.id = d.parent_id
            where t.domestic_id in (%s) or t.partner_id in (%s)
            order by t.id""";

    private final JdbcTemplate jdbc;
    private final Transactions tx;

    TieExportRepository(JdbcTemplate jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public void stream(List<Long> placeIds, Ties.Exported consumer) {
        tx.readInto(() -> {
            String sql;
            Object[] args;
            if (placeIds == null) {
                sql = ALL.formatted(TieRows.VIEW_COLUMNS, PARENT);
                args = new Object[0];
            } else {
                String marks = String.join(",", java.util.Collections.nCopies(placeIds.size(), "?"));
                sql = OF_PLACES.formatted(TieRows.VIEW_COLUMNS, PARENT, marks, marks);
                args = new Object[placeIds.size() * 2];
                for (int i = 0; i < placeIds.size(); i++) {
                    args[i] = placeIds.get(i);
                    args[i + placeIds.size()] = placeIds.get(i);
                }
            }
            jdbc.query(
                    con -> {
                        var ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                        ps.setFetchSize(1000);
                        for (int i = 0; i < args.length; i++) {
                            ps.setObject(i + 1, args[i]);
                        }
                        return ps;
                    },
                    (ResultSet rs) -> {
                        try {
                            String parentLevel = rs.getString("dp_level");
                            consumer.accept(
                                    TieRows.mapView(rs, 0),
                                    "province".equals(parentLevel) || parentLevel == null
                                            ? null
                                            : rs.getString("dp_name_zh"));
                        } catch (SQLException | RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        });
    }
}
