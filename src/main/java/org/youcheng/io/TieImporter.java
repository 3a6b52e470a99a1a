package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.csv.CsvTieReader;
import org.youcheng.io.xlsx.XlsxTieReader;
import org.youcheng.registry.TieImports;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * Imports a tie table whole or not at all, in one streaming pass inside one transaction: every row is checked
 * (names resolved, kinds, dates, pairs seen twice) and, while the file is clean, written in batches; the first
 * bad row stops the writing, the check goes on to report every bad row, and the transaction is rolled back.
 * A dry run checks and compares without writing. Memory holds one batch and the file's distinct names and
 * pairs, never the file.
 */
@Service
public record TieImporter(
        TieImportBasis basis,
        TieImports bulk,
        ImportSkeleton skeleton,
        CompleteLists lists,
        Clock clock,
        YouchengProperties properties,
        Permissions permissions,
        AuditTrail audit) {

    private static final Logger log = LoggerFactory.getLogger(TieImporter.class);

    /** Opens the file to read. */
    @FunctionalInterface
    public interface FileOpener {
        InputStream open() throws IOException;
    }

    /**
     * Imports a file as whoever is acting: an editor's rows must all have their domestic side in the account's
     * scope, or the file is refused whole with those rows listed. A committed import is one audit entry (the
     * import run and its counts), not one per row.
     */
    public ImportReport importFile(FileOpener file, Format format, String fileName, boolean dryRun) throws IOException {
        return importFile(file, format, fileName, dryRun, null);
    }

    /**
     * The same, with the file given as the complete official list of a place ({@link CompleteList}; null for an
     * ordinary import): its rows must all be ties of that place, and the ties it does not name are set aside
     * (reference ties), ended (recorded ones, with {@code endMissing}) or reported.
     */
    public ImportReport importFile(FileOpener file, Format format, String fileName, boolean dryRun, CompleteList list)
            throws IOException {
        return importFile(file, format, fileName, dryRun, list, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how many data rows have been read and written so far. */
    public ImportReport importFile(
            FileOpener file, Format format, String fileName, boolean dryRun, CompleteList list, ImportProgress progress)
            throws IOException {
        if (list != null) {
            list.scope().forEach(permissions::requireChange);
        }
        LongPredicate changeable = permissions.changeable();
        LongPredicate mayRecordSigned = permissions.signedRecordable();
        TieRowSource source = source(format);
        ImportReport done = skeleton.whole(
                () -> run(file, source, format, fileName, dryRun, changeable, mayRecordSigned, list, progress));
        if (done != null && done.committed() && done.added() + done.updated() >= STATISTICS_AFTER) {
            bulk.refreshStatistics();
        }
        return done;
    }

    /** Ties added or changed by one import from which the database's planner statistics are taken again. */
    static final int STATISTICS_AFTER = 1_000;

    private TieRowSource source(Format format) {
        return switch (format) {
            case CSV -> new CsvTieReader();
            case XLSX -> new XlsxTieReader(skeleton.xlsx());
            default ->
                throw new BadFileException(
                        "unsupported_format",
                        "import reads csv and xlsx, not " + format.extension(),
                        null,
                        format.extension());
        };
    }

    /**
     * How many data rows a tie file holds, read without checking them (the total of a progress bar); a file that
     * cannot be read as a tie table throws {@link BadFileException}, which the import itself then reports.
     */
    public long countRows(FileOpener file, Format format) throws IOException {
        long[] rows = {0};
        try (InputStream in = file.open()) {
            source(format).read(in, row -> rows[0]++);
        }
        return rows[0];
    }

    private ImportReport run(
            FileOpener file,
            TieRowSource source,
            Format format,
            String fileName,
            boolean dryRun,
            LongPredicate changeable,
            LongPredicate mayRecordSigned,
            CompleteList list,
            ImportProgress progress) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        TieImportBasis.Basis basis = this.basis.read(dryRun, now);
        Long run = skeleton.startRun(fileName, format, dryRun, now);
        ImportCheck check = new ImportCheck(basis.checker(), properties.imports(), changeable);
        if (list != null) {
            check.completeListOf(list);
        }
        try (TransactionWorker worker = new TransactionWorker()) {
            ImportWrite write = new ImportWrite(
                    bulk,
                    bulk.runSize(),
                    dryRun,
                    basis.newPlaces(),
                    basis.chinese(),
                    worker,
                    mayRecordSigned,
                    progress::written);
            return run(file, source, fileName, dryRun, start, now, run, check, write, worker, list, progress);
        }
    }

    private ImportReport run(
            FileOpener file,
            TieRowSource source,
            String fileName,
            boolean dryRun,
            long start,
            Instant now,
            Long run,
            ImportCheck check,
            ImportWrite write,
            TransactionWorker worker,
            CompleteList list,
            ImportProgress progress) {
        TieBatchWriter batches = run == null ? null : new TieBatchWriter(bulk, audit, run, now);
        if (batches != null) {
            write.onFlush(batches);
        }
        long ready = System.nanoTime();
        long[] read = {0};
        skeleton.read(
                file,
                in -> source.read(in, row -> {
                    progress.read(++read[0]);
                    var draft = check.accept(row);
                    if (draft != null && check.clean()) {
                        write.accept(draft, row);
                    }
                }),
                check);
        if (check.outOfScopeCount() > 0) {
            worker.await();
            skeleton.refuseOutOfScope(check, "change ties");
        }
        if (!check.clean()) {
            worker.await();
            return check.failed(fileName, dryRun);
        }
        write.flush();
        worker.await();
        if (!write.refused().isEmpty()) {
            throw ImportRefused.signed(write.refused());
        }
        if (batches != null) {
            batches.finish();
        }
        // the list's business comes after the rows are written, so the ties it names are the ties it made
        CompleteList.Outcome outcome = list == null ? null : lists.apply(list, check, fileName, dryRun, now);
        if (run != null) {
            skeleton.finishRun(
                    run,
                    clock.instant(),
                    new ImportSkeleton.Counts(write.added(), write.updated(), write.unchanged(), check.placesMade()),
                    "import",
                    Map.of(
                            "file",
                            fileName,
                            "rows",
                            check.rows(),
                            "added",
                            write.added(),
                            "updated",
                            write.updated(),
                            "unchanged",
                            write.unchanged(),
                            "places_created",
                            check.placesMade()));
        }
        log.debug(
                "{}: {} rows in {} ms ({} ms to read the gazetteer, {} ms writing, {} ms comparing, {} ms of the writing "
                        + "auditing the added ties)",
                fileName,
                check.rows(),
                (System.nanoTime() - start) / 1_000_000,
                (ready - start) / 1_000_000,
                batches == null ? 0 : batches.writingNanos() / 1_000_000,
                write.comparing() / 1_000_000,
                batches == null ? 0 : batches.auditingNanos() / 1_000_000);
        return check.done(fileName, dryRun, write, run, outcome);
    }

    /**
     * The complete list of a Chinese place named as people write it (or by its id or GB/T 2260 code), with its
     * counties and districts when asked; an unknown or ambiguous name is refused with the candidates.
     */
    public CompleteList completeList(String place, boolean withSubordinates, LocalDate endMissing) {
        return lists.of(place, withSubordinates, endMissing);
    }
}
