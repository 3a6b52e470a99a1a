package org.youcheng.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieOrientation;

/**
 * The writing side of an import: checked rows are gathered in batches; each batch is compared with the ties its
 * pairs have now, in one query, and becomes inserts, updates or nothing. Memory holds one batch, whatever the
 * size of the file or of the registry. A dry run only counts and lists.
 */
final class ImportWrite {

    /** Receives one batch of writes; tells {@code inserted} how many of the inserts are written so far. */
    interface Flush {
        void flush(
                List<TieDraft> inserts,
                List<TieImports.Change> updates,
                List<TieImports.StatusChangeRow> statusChanges,
                LongConsumer inserted);
    }

    private static final int LISTED = 50;

    private record Pending(TieDraft draft, String label, long row) {}

    private final TieImports ties;
    private final NewPlaces newPlaces;
    private final LongPredicate chinese;
    private final TransactionWorker worker;
    private final Set<Long> domesticWithTies;
    private final Set<Long> partnersWithTies;
    private final int batch;
    private final boolean dryRun;
    private final LongPredicate mayRecordSigned;
    private final List<Long> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    private final LongConsumer written;
    private Flush flush = (a, b, c, d) -> {};
    private long handled;
    private List<Pending> rows = new ArrayList<>();
    private final List<String> addedRows = new ArrayList<>();
    private final List<String> updatedRows = new ArrayList<>();
    private long comparing;
    private int added;
    private int updated;
    private int unchanged;

    /**
     * @param newPlaces the places the file names for the first time, made on the worker's thread
     * @param chinese whether a place is in China (places made by the import are not)
     * @param worker  where batches are compared and written, overlapping the check of the next rows
     * @param mayRecordSigned whether the one importing may record, for this domestic place, a sister or partner
     *                tie signed outside the approval path (rows that would add or raise one are refused else)
     * @param written told how many rows are written so far (an import's progress; a dry run tells nothing)
     */
    ImportWrite(
            TieImports ties,
            int batch,
            boolean dryRun,
            NewPlaces newPlaces,
            LongPredicate chinese,
            TransactionWorker worker,
            LongPredicate mayRecordSigned,
            LongConsumer written) {
        this.mayRecordSigned = mayRecordSigned;
        this.written = written;
        this.ties = ties;
        this.newPlaces = newPlaces;
        this.chinese = chinese;
        this.worker = worker;
        List<Set<Long>> sides = ties.sidesWithTies();
        this.domesticWithTies = sides.get(0);
        this.partnersWithTies = sides.get(1);
        this.batch = batch;
        this.dryRun = dryRun;
    }

    void onFlush(Flush f) {
        this.flush = f;
    }

    void accept(TieDraft d, TieRow row) {
        rows.add(new Pending(d, dryRun ? label(row) : null, row.number()));
        if (rows.size() >= batch) {
            flush();
        }
    }

    /** Hands the gathered rows to the worker; {@link TransactionWorker#await()} waits for them to be written. */
    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        List<Pending> handed = rows;
        rows = new ArrayList<>(batch);
        worker.submit(() -> write(handed));
    }

    private void write(List<Pending> given) {
        // the unknown places this batch names are made together, not one by one as their rows come
        newPlaces.makeNamedIn(given.stream().map(Pending::draft).toList());
        List<Pending> rows = new ArrayList<>(given.size());
        for (Pending p : given) {
            TieDraft d = p.draft();
            if (d.domesticId() >= 0 && d.partnerId() >= 0) {
                rows.add(p);
                continue;
            }
            // a stand-in becomes a real place; the pair is oriented again by the real ids
            long a = newPlaces.realId(d.domesticId());
            long b = newPlaces.realId(d.partnerId());
            long[] pair =
                    a < 0 || b < 0 ? new long[] {a, b} : TieOrientation.orient(a, chinese.test(a), b, chinese.test(b));
            rows.add(new Pending(
                    new TieDraft(
                            pair[0],
                            pair[1],
                            d.kind(),
                            d.signed(),
                            d.status(),
                            d.endedOn(),
                            d.endReason(),
                            d.source(),
                            d.note()),
                    p.label(),
                    p.row()));
        }
        long t = System.nanoTime();
        // pairs are unique within a file, so a pair can only have a tie if both its sides had ties before
        Map<Long, TieImports.Existing> existing = ties.existing(rows.stream()
                .map(Pending::draft)
                .filter(d -> domesticWithTies.contains(d.domesticId()) && partnersWithTies.contains(d.partnerId()))
                .toList());
        comparing += System.nanoTime() - t;
        List<TieDraft> inserts = new ArrayList<>();
        List<TieImports.Change> updates = new ArrayList<>();
        List<TieImports.StatusChangeRow> statusChanges = new ArrayList<>();
        for (Pending p : rows) {
            TieDraft d = p.draft();
            TieImports.Existing now = existing.get(TieImports.pairKey(d.domesticId(), d.partnerId()));
            if (d.kind() == TieKind.UNVERIFIED) {
                // a tie of unknown kind (reference data, as an export writes it) adds nothing to the records
                unchanged++;
                continue;
            }
            if (TieKind.raises(now == null ? null : now.draft().kind(), d.kind())
                    && !mayRecordSigned.test(d.domesticId())) {
                refused.add(p.row());
                continue;
            }
            if (now == null) {
                added++;
                list(addedRows, p);
                inserts.add(d);
                continue;
            }
            TieDraft merged = new TieDraft(
                    d.domesticId(),
                    d.partnerId(),
                    d.kind(),
                    d.signed(),
                    d.status(),
                    now.draft().endedOn(),
                    now.draft().endReason(),
                    d.source(),
                    d.note());
            if (merged.equals(now.draft())) {
                unchanged++;
                continue;
            }
            updated++;
            list(updatedRows, p);
            updates.add(new TieImports.Change(now.id(), merged, now.replacedBy(merged), now.draft()));
            if (merged.status() != now.draft().status()) {
                statusChanges.add(
                        new TieImports.StatusChangeRow(now.id(), now.draft().status(), merged.status()));
            }
        }
        if (!dryRun && (!inserts.isEmpty() || !updates.isEmpty())) {
            long before = handled;
            flush.flush(inserts, updates, statusChanges, n -> written.accept(before + n));
        }
        handled += given.size();
        if (!dryRun) {
            written.accept(handled);
        }
    }

    private static String label(TieRow row) {
        return "row " + row.number() + ": " + row.get(Column.DOMESTIC) + " – " + row.get(Column.PARTNER)
                + " (" + row.get(Column.KIND) + (row.get(Column.SIGNED) == null ? "" : ", " + row.get(Column.SIGNED))
                + ")";
    }

    private static void list(List<String> rows, Pending p) {
        if (p.label() != null && rows.size() < LISTED) {
            rows.add(p.label());
        }
    }

    /**
     * The rows that would have added a sister or partner tie, or raised one to it, without the approval path, by
     * someone who may not record such ties; read after the worker is done.
     */
    List<Long> refused() {
        return List.copyOf(refused);
    }

    /** Nanoseconds spent looking up the ties the rows' pairs have now. */
    long comparing() {
        return comparing;
    }

    int added() {
        return added;
    }

    int updated() {
        return updated;
    }

    int unchanged() {
        return unchanged;
    }

    List<String> addedRows() {
        return List.copyOf(addedRows);
    }

    List<String> updatedRows() {
        return List.copyOf(updatedRows);
    }
}
