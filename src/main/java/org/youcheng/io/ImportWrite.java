package org.youcheng.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.TieBulkRepository;
import org.youcheng.registry.TieDraft;

/**
 * The second pass of an import: each (already checked) row is compared with the tie the pair has now, and
 * becomes an insert, an update or nothing. Writes go out in batches; a dry run only counts and lists them.
 */
final class ImportWrite {

    /** Receives one batch of writes. */
    interface Flush {
        void flush(List<TieDraft> inserts, List<TieBulkRepository.Existing> updates,
                   List<TieBulkRepository.Existing> statusChanges);
    }

    private static final int LISTED = 50;

    private final ImportCheck check;
    private final Map<Long, TieBulkRepository.Existing> existing;
    private final int batch;
    private final boolean dryRun;
    private Flush flush = (a, b, c) -> { };
    private final List<TieDraft> inserts = new ArrayList<>();
    private final List<TieBulkRepository.Existing> updates = new ArrayList<>();
    private final List<TieBulkRepository.Existing> statusChanges = new ArrayList<>();
    private final List<String> addedRows = new ArrayList<>();
    private final List<String> updatedRows = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;

    ImportWrite(ImportCheck check, Map<Long, TieBulkRepository.Existing> existing, int batch, boolean dryRun) {
        this.check = check;
        this.existing = existing;
        this.batch = batch;
        this.dryRun = dryRun;
    }

    void onFlush(Flush f) {
        this.flush = f;
    }

    void accept(TieRow row) {
        if (row.blank()) {
            return;
        }
        TieDraft d = check.checker().check(row).draft();
        if (d == null) {
            throw new IllegalStateException("row " + row.number() + " changed between the two passes");
        }
        long partner = check.realId(d.partnerId());
        TieBulkRepository.Existing now = existing.get(TieBulkRepository.pairKey(d.domesticId(), partner));
        if (now == null) {
            added++;
            list(addedRows, row);
            inserts.add(new TieDraft(d.domesticId(), partner, d.kind(), d.signed(), d.status(), null, null,
                    d.source(), d.note()));
        } else {
            TieDraft merged = new TieDraft(d.domesticId(), partner, d.kind(), d.signed(), d.status(),
                    now.draft().endedOn(), now.draft().endReason(), d.source(), d.note());
            if (merged.equals(now.draft())) {
                unchanged++;
                return;
            }
            updated++;
            list(updatedRows, row);
            TieBulkRepository.Existing change = new TieBulkRepository.Existing(now.id(), merged);
            updates.add(change);
            if (merged.status() != now.draft().status()) {
                statusChanges.add(change);
            }
        }
        if (inserts.size() + updates.size() >= batch) {
            flush();
        }
    }

    void flush() {
        if (!dryRun && (!inserts.isEmpty() || !updates.isEmpty())) {
            flush.flush(inserts, updates, statusChanges);
        }
        inserts.clear();
        updates.clear();
        statusChanges.clear();
    }

    private void list(List<String> rows, TieRow row) {
        if (dryRun && rows.size() < LISTED) {
            rows.add("row " + row.number() + ": " + row.get(Column.DOMESTIC) + " – " + row.get(Column.PARTNER)
                    + " (" + row.get(Column.KIND) + (row.get(Column.SIGNED) == null ? "" : ", " + row.get(Column.SIGNED))
                    + ")");
        }
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

    ImportReport report(String file, Long importId) {
        return new ImportReport(file, dryRun, !dryRun, check.rows(), added, updated, unchanged,
                check.placesToCreate(), 0, List.of(), check.warningCount(), List.copyOf(check.warnings()),
                List.copyOf(addedRows), List.copyOf(updatedRows), importId);
    }
}
