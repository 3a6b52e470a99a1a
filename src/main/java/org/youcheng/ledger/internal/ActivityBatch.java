package org.youcheng.ledger.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.Term;

/**
 * Activities and their foreign side in JDBC batches with positional parameters (binding 30 named values per row
 * through Spring's maps cost more than H2's insert), and the row values that COPY writes too ({@link ActivityCopy}).
 */
public final class ActivityBatch {

    /** The columns an import writes, in the order of {@link #row}. */
    static final String WRITTEN = """
            id, type, place_id, tie_id, title, started_on, ended_on, direction, leader_level, head_count, purpose,
            event_kind, online, venue, agreement_type, parties, domain, project_status, outcome, amount, currency,
            granting_body, award_year, recipient_kind, recipient, sources, note, import_id, created_at, updated_at""";

    private static final String INSERT_ROW =
            "insert into activity (" + WRITTEN + ") values (" + "?, ".repeat(29) + "?)";
    private static final String INSERT_PARTNER_ROW = """
            insert into activity_partner (activity_id, position, place_id, organisation) values (?, ?, ?, ?)""";

    private static final int JDBC_BATCH = 5_000;

    private ActivityBatch() {}

    /**
     * Writes the drafts under the ids taken for them (in the drafts' order); returns each draft's id in that order.
     * The rows go in ordered by place and date, with ids rising in that order, so that the primary key, the
     * (place, date) index and the partner rows each take their new keys page by page rather than one random page
     * per row (see {@link ActivityRepository#runSize}).
     */
    static List<Long> insert(
            JdbcTemplate jdbc, List<ActivityDraft> drafts, List<Long> taken, Long importId, Instant now) {
        Integer[] order = new Integer[drafts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.comparingLong((Integer i) -> drafts.get(i).placeId())
                        .thenComparing(i -> drafts.get(i).startedOn()));
        Long[] ids = new Long[drafts.size()];
        List<Long> sortedIds = taken.stream().sorted().toList();
        for (int k = 0; k < order.length; k++) {
            ids[order[k]] = sortedIds.get(k);
        }
        List<Object[]> rows = new ArrayList<>(JDBC_BATCH);
        List<Object[]> partners = new ArrayList<>(JDBC_BATCH);
        for (int k = 0; k < order.length; k++) {
            ActivityDraft d = drafts.get(order[k]);
            long id = ids[order[k]];
            rows.add(row(id, d, importId, now));
            partners.addAll(partnerRows(id, d.partners()));
            if (rows.size() == JDBC_BATCH || k == order.length - 1) {
                jdbc.batchUpdate(INSERT_ROW, rows, rows.size(), ActivityBatch::bind);
                insertPartners(jdbc, partners);
                rows.clear();
                partners.clear();
            }
        }
        return List.of(ids);
    }

    /** Writes rows of {@link #partnerRows}. */
    static void insertPartners(JdbcTemplate jdbc, List<Object[]> partners) {
        if (!partners.isEmpty()) {
            jdbc.batchUpdate(INSERT_PARTNER_ROW, partners, partners.size(), ActivityBatch::bind);
        }
    }

    /**
     * One activity's values for {@link #WRITTEN}, whatever its type (its columns follow {@link ActivityField}'s
     * order): terms by their codes, dates and amounts as Java values, null for the fields of other types.
     */
    static Object[] row(long id, ActivityDraft d, Long importId, Instant now) {
        ActivityField[] fields = ActivityField.values();
        Object[] row = new Object[fields.length + 7];
        row[0] = id;
        row[1] = d.type().code();
        row[2] = d.placeId();
        row[3] = d.tieId();
        for (int f = 0; f < fields.length; f++) {
            row[4 + f] = column(d.value(fields[f]));
        }
        row[fields.length + 4] = importId;
        row[fields.length + 5] = now;
        row[fields.length + 6] = now;
        return row;
    }

    /** A field's value as its column holds it: a term by its code, anything else as it is. */
    static Object column(Object value) {
        return value instanceof Term t ? t.code() : value;
    }

    /** The rows of activity_partner for one activity's foreign side: activity, position, place, organisation. */
    static List<Object[]> partnerRows(long id, List<Partner> partners) {
        List<Object[]> rows = new ArrayList<>(partners.size());
        for (int p = 0; p < partners.size(); p++) {
            rows.add(new Object[] {
                id, p, partners.get(p).placeId(), partners.get(p).organisation()
            });
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int k = 0; k < values.length; k++) {
            Object v = values[k];
            if (v instanceof LocalDate day) {
                ps.setDate(k + 1, Date.valueOf(day));
            } else if (v instanceof Instant at) {
                ps.setTimestamp(k + 1, Timestamp.from(at));
            } else {
                ps.setObject(k + 1, v);
            }
        }
    }
}
