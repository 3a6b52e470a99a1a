package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.csv.CsvTieReader;
import org.youcheng.io.xlsx.XlsxTieReader;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.GazetteerRepository;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieBulkRepository;
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
public class TieImporter {

    private static final Logger log = LoggerFactory.getLogger(TieImporter.class);

    /** Opens the file to read. */
    @FunctionalInterface
    public interface FileOpener {
        InputStream open() throws IOException;
    }

    private final GazetteerRepository gazetteers;
    private final Places places;
    private final TieBulkRepository bulk;
    private final Countries countries;
    private final ImportSkeleton skeleton;
    private final CompleteLists lists;
    private final Clock clock;
    private final YouchengProperties.Imports limits;
    private final Permissions permissions;
    private final AuditTrail audit;

    TieImporter(
            GazetteerRepository gazetteers,
            Places places,
            TieBulkRepository bulk,
            Countries countries,
            ImportSkeleton skeleton,
            CompleteLists lists,
            Clock clock,
            YouchengProperties properties,
            Permissions permissions,
            AuditTrail audit) {
        this.permissions = permissions;
        this.audit = audit;
        this.gazetteers = gazetteers;
        this.places = places;
        this.bulk = bulk;
        this.countries = countries;
        this.skeleton = skeleton;
        this.lists = lists;
        this.clock = clock;
        this.limits = properties.imports();
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
        Gazetteer gazetteer = gazetteers.load();
        Long run = skeleton.startRun(fileName, format, dryRun, now);
        RowChecker checker = new RowChecker(gazetteer, countries.all(), bulk.liveSisters(), LocalDate.now(clock));
        ImportCheck check = new ImportCheck(checker, limits, changeable);
        if (list != null) {
            check.completeListOf(list);
        }
        Map<Long, Long> made = new HashMap<>();
        LongUnaryOperator realId = dryRun
                ? standIn -> standIn
                : standIn -> made.computeIfAbsent(standIn, s -> {
                    RowChecker.Pending p = checker.pending(s);
                    return places.insertUnreviewed(p.name(), p.level(), p.country(), "import", now);
                });
        try (TransactionWorker worker = new TransactionWorker()) {
            LongPredicate chinese = id -> {
                Gazetteer.Entry e = gazetteer.get(id);
                return e != null && "CN".equals(e.country());
            };
            ImportWrite write = new ImportWrite(
                    bulk, bulk.runSize(), dryRun, realId, chinese, worker, mayRecordSigned, progress::written);
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
        long[] writing = {0};
        long[] auditing = {0};
        TieBulkRepository.Load load = run == null ? null : bulk.load(run, now);
        if (load != null) {
            AuditTrail.Stamp who = audit.stamp();
            long[] audited = {bulk.lastTieId()};
            write.onFlush((inserts, updates, statusChanges, inserted) -> {
                long t = System.nanoTime();
                load.insert(inserts, inserted);
                if (!inserts.isEmpty()) {
                    long a = System.nanoTime();
                    long last = bulk.lastTieId();
                    bulk.auditAdded(run, now, who, audited[0], last);
                    audited[0] = last;
                    auditing[0] += System.nanoTime() - a;
                }
                bulk.update(updates, run, now);
                bulk.addStatus(statusChanges, run, now);
                audit.recordAll(
                        who,
                        "tie_import_update",
                        "tie",
                        updates.stream()
                                .map(u -> new AuditTrail.Change(u.id(), u.before(), u.draft()))
                                .toList());
                writing[0] += System.nanoTime() - t;
            });
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
        List<Long> refused = write.refused();
        if (!refused.isEmpty()) {
            List<String> rows = refused.stream().limit(50).map(String::valueOf).toList();
            throw new ImportRefused(
                    ImportRefused.Rule.SIGNED,
                    refused.size(),
                    rows,
                    refused.size() + " rows would "
                            + "add a sister or partner tie, or make a tie one, outside the approval path (row "
                            + String.join(", row ", rows)
                            + "): recording ties signed before the registry is an admin's act "
                            + "(youcheng.approval.signed-records); nothing was imported");
        }
        if (load != null) {
            load.finish();
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
                writing[0] / 1_000_000,
                write.comparing() / 1_000_000,
                auditing[0] / 1_000_000);
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
