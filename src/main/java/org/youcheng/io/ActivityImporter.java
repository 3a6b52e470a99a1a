package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Service;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.csv.CsvTable;
import org.youcheng.io.xlsx.XlsxTable;
import org.youcheng.ledger.Activities;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieImports;
import org.youcheng.security.Permissions;

/**
 * Imports activities from a CSV table (a {@code type} column says each row's type) or an .xlsx workbook (one
 * sheet per type, named by it: delegation or 代表团 …), whole or not at all, with the rules of the tie import: one
 * streaming pass in one transaction, rows checked as the API checks them ({@link ActivityReader}) and written in
 * batches while the file is clean; the first bad row stops the writing, the check goes on to report every bad
 * row, and the transaction is rolled back. The foreign side must be in the registry (an activity import creates no
 * places); each row is put on the tie between its Chinese side and its first foreign place, when there is one.
 * A row that repeats an activity recorded before, field for field, is left alone ({@link ActivityRepeats}), so an
 * export imports again without change. The steps every import takes are {@link ImportSkeleton}'s; the rows are
 * checked by {@link ActivityImportCheck}.
 */
@Service
public record ActivityImporter(
        Places places,
        TieImports ties,
        Activities activities,
        ImportSkeleton skeleton,
        Clock clock,
        YouchengProperties properties,
        Permissions permissions) {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ActivityImporter.class);

    public ImportReport importFile(TieImporter.FileOpener file, Format format, String fileName, boolean dryRun)
            throws IOException {
        return importFile(file, format, fileName, dryRun, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how many data rows it has read and written so far. */
    public ImportReport importFile(
            TieImporter.FileOpener file, Format format, String fileName, boolean dryRun, ImportProgress progress)
            throws IOException {
        LongPredicate changeable = permissions.changeable();
        if (format != Format.CSV && format != Format.XLSX) {
            throw new BadFileException(
                    "unsupported_format",
                    "an activity import reads csv and xlsx, not " + format.extension(),
                    null,
                    format.extension());
        }
        return skeleton.whole(() -> {
            // batches are written on the worker while the next rows are checked here; closing waits for the last
            try (TransactionWorker worker = new TransactionWorker()) {
                return run(file, format, fileName, dryRun, changeable, progress, worker);
            }
        });
    }

    /**
     * How many data rows a ledger file holds (the total of a progress bar): the non-blank rows of every sheet of a
     * workbook, or of a CSV file, read without checking them. A file that cannot be read throws
     * {@link BadFileException}, which the import itself then reports.
     */
    public long countRows(TieImporter.FileOpener file, Format format) throws IOException {
        long[] rows = {0};
        TableRows counter = new TableRows() {
            @Override
            public void header(String sheet, List<String> cells) {}

            @Override
            public void row(long number, List<String> cells) {
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    rows[0]++;
                }
            }
        };
        try (InputStream in = file.open()) {
            if (format == Format.XLSX) {
                XlsxTable.read(in, skeleton.xlsx(), counter);
            } else {
                CsvTable.read(in, counter);
            }
        }
        return rows[0];
    }

    private ImportReport run(
            TieImporter.FileOpener file,
            Format format,
            String fileName,
            boolean dryRun,
            LongPredicate changeable,
            ImportProgress progress,
            TransactionWorker worker) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Long run = skeleton.startRun(fileName, format, dryRun, now);
        ActivityRepeats repeats = new ActivityRepeats(activities);
        ActivityImportCheck rows = new ActivityImportCheck(
                places.gazetteer(),
                ties.idsByPair(),
                changeable,
                format == Format.XLSX,
                properties.imports(),
                activities.runSize(),
                dryRun,
                progress,
                (batch, rowsSoFar) -> worker.submit(() -> {
                    List<ActivityDraft> fresh = repeats.newOnes(batch);
                    if (!dryRun) {
                        activities.insert(fresh, run, now);
                        progress.written(rowsSoFar);
                    }
                }));
        skeleton.read(
                file,
                in -> {
                    if (format == Format.XLSX) {
                        XlsxTable.read(in, skeleton.xlsx(), rows);
                    } else if (!CsvTable.read(in, rows)) {
                        throw new BadFileException("no_header", "the file is empty: it needs a header row", null);
                    }
                },
                rows);
        skeleton.refuseOutOfScope(rows, "record activities of places");
        if (!rows.clean()) {
            return rows.failed(fileName, dryRun);
        }
        rows.flush();
        worker.await();
        log.debug(
                "{}: {} rows in {} ms, {} ms of them writing",
                fileName,
                rows.rows(),
                (System.nanoTime() - started) / 1_000_000,
                rows.writing() / 1_000_000);
        int unchanged = repeats.repeats();
        int added = (int) rows.rows() - unchanged;
        if (run != null) {
            skeleton.finishRun(
                    run,
                    clock.instant(),
                    new ImportSkeleton.Counts(added, 0, unchanged, 0),
                    "activity_import",
                    Map.of("file", fileName, "rows", rows.rows(), "added", added, "unchanged", unchanged));
        }
        return new ImportReport(
                fileName,
                dryRun,
                !dryRun,
                rows.rows(),
                added,
                0,
                unchanged,
                0,
                0,
                List.of(),
                0,
                List.of(),
                dryRun ? rows.preview() : List.of(),
                List.of(),
                run,
                null);
    }
}
