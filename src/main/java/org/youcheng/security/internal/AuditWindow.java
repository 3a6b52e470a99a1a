package org.youcheng.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.youcheng.security.AuditEvent;

/**
 * A window of the audit trail counted in entries, not rows: a span row (see {@link AuditSpans}) stands for one entry
 * per entity it holds, in the order of its ids (rising oldest first, falling newest first); a row of one entry for
 * that entry. Every entry of a span carries the span row's id, time and author.
 */
final class AuditWindow {

    /** Entries {@code from} (inclusive) to {@code to} (exclusive) of the row {@code row}, counted within it. */
    record Slice(long row, long from, long to) {}

    private AuditWindow() {}

    /**
     * Walks rows (id, entity_id, last_entity_id) in the trail's order and keeps the slices of those that reach into
     * entries {@code from} to {@code to}; stops reading once past them. With {@code oneEntity}, a span counts once
     * (only the asked entity's entry of it matches).
     */
    static List<Slice> window(ResultSet rs, boolean oneEntity, long from, long to) throws SQLException {
        List<Slice> slices = new ArrayList<>();
        long seen = 0;
        while (seen < to && rs.next()) {
            long first = rs.getLong(2);
            long last = rs.getLong(3);
            long n = rs.wasNull() || oneEntity ? 1 : last - first + 1;
            long a = Math.max(from - seen, 0);
            long b = Math.min(to - seen, n);
            if (a < b) {
                slices.add(new Slice(rs.getLong(1), a, b));
            }
            seen += n;
        }
        return slices;
    }

    /**
     * The entries of the slices, in order, from the rows read by id and the last entity id of each span row;
     * {@code entityId}, when not null, is the one entity whose entries are asked for.
     */
    static List<AuditEvent> expand(
            List<Slice> slices, Map<Long, AuditEvent> rows, Map<Long, Long> lasts, Long entityId, boolean newestFirst) {
        List<AuditEvent> entries = new ArrayList<>();
        for (Slice s : slices) {
            AuditEvent row = rows.get(s.row());
            if (row == null) {
                continue;
            }
            Long last = lasts.get(s.row());
            if (last == null) {
                entries.add(row);
                continue;
            }
            long first = row.entityId();
            AuditSpans.Lines lines = AuditSpans.lines(row.after());
            for (long k = s.from(); k < s.to(); k++) {
                long id = entityId != null ? entityId : newestFirst ? last - k : first + k;
                entries.add(new AuditEvent(
                        row.id(),
                        row.at(),
                        row.actorId(),
                        row.actorName(),
                        row.channel(),
                        row.action(),
                        row.entity(),
                        id,
                        null,
                        lines.entry((int) (id - first))));
            }
        }
        return entries;
    }
}
