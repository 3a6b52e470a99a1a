package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.youcheng.io.csv.CsvTieReader;
import org.youcheng.io.xlsx.XlsxInspection;
import org.youcheng.io.xlsx.XlsxTieReader;
import org.youcheng.registry.CountryRepository;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.GazetteerRepository;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieBulkRepository;
import org.youcheng.registry.TieRepository;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.TieView;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;
import org.youcheng.common.YouchengProperties;

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
    private final PlaceRepository places;
    private final TieBulkRepository bulk;
    private final TieRepository ties;
    private final CountryRepository countries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final YouchengProperties.Imports limits;
    private final Permissions permissions;
    private final AuditTrail audit;

    TieImporter(GazetteerRepository gazetteers, PlaceRepository places, TieBulkRepository bulk, TieRepository ties,
                CountryRepository countries, TransactionTemplate tx, Clock clock, YouchengProperties properties,
                Permissions permissions, AuditTrail audit) {
        this.permissions = permissions;
        this.audit = audit;
        this.gazetteers = gazetteers;
        this.places = places;
        this.bulk = bulk;
        this.ties = ties;
        this.countries = countries;
        this.tx = tx;
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
    public ImportReport importFile(FileOpener file, Format format, String fileName, boolean dryRun, CompleteList list,
                                   ImportProgress progress) throws IOException {
        if (list != null) {
            list.scope().forEach(permissions::requireChange);
        }
        LongPredicate changeable = permissions.changeable();
        LongPredicate mayRecordSigned = permissions.signedRecordable();
        TieRowSource source = source(format);
        try {
            ImportReport done = tx.execute(status -> {
                ImportReport report = run(file, source, fileName, dryRun, changeable, mayRecordSigned, list,
                        progress);
                if (!report.committed()) {
                    status.setRollbackOnly();
                }
                return report;
            });
            if (done != null && done.committed() && done.added() + done.updated() >= STATISTICS_AFTER) {
                bulk.refreshStatistics();
            }
            return done;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Ties added or changed by one import from which the database's planner statistics are taken again. */
    static final int STATISTICS_AFTER = 1_000;

    private TieRowSource source(Format format) {
        return switch (format) {
            case CSV -> new CsvTieReader();
            case XLSX -> new XlsxTieReader(XlsxInspection.of(limits));
            default -> throw new BadFileException("unsupported_format", "import reads csv and xlsx, not "
                    + format.extension(), null, format.extension());
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

    private ImportReport run(FileOpener file, TieRowSource source, String fileName, boolean dryRun,
                             LongPredicate changeable, LongPredicate mayRecordSigned, CompleteList list,
                             ImportProgress progress) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        Gazetteer gazetteer = gazetteers.load();
        Long run = dryRun ? null : bulk.startRun(fileName, source instanceof XlsxTieReader ? "xlsx" : "csv", now);
        RowChecker checker = new RowChecker(gazetteer, countries.all(), bulk.liveSisters(), LocalDate.now(clock));
        ImportCheck check = new ImportCheck(checker, limits, changeable);
        if (list != null) {
            check.completeListOf(list);
        }
        Map<Long, Long> made = new HashMap<>();
        LongUnaryOperator realId = dryRun ? standIn -> standIn
                : standIn -> made.computeIfAbsent(standIn, s -> {
                    RowChecker.Pending p = checker.pending(s);
                    return places.insertUnreviewed(p.name(), p.level(), p.country(), "import", now);
                });
        try (TransactionWorker worker = new TransactionWorker()) {
            LongPredicate chinese = id -> {
                Gazetteer.Entry e = gazetteer.get(id);
                return e != null && "CN".equals(e.country());
            };
            ImportWrite write = new ImportWrite(bulk, bulk.runSize(), dryRun, realId, chinese, worker,
                    mayRecordSigned, progress::written);
            return run(file, source, fileName, dryRun, start, now, run, check, write, worker, list, progress);
        }
    }

    private ImportReport run(FileOpener file, TieRowSource source, String fileName, boolean dryRun, long start,
                             Instant now, Long run, ImportCheck check, ImportWrite write, TransactionWorker worker,
                             CompleteList list, ImportProgress progress) {
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
                audit.recordAll(who, "tie_import_update", "tie", updates.stream()
                        .map(u -> new AuditTrail.Change(u.id(), u.before(), u.draft())).toList());
                writing[0] += System.nanoTime() - t;
            });
        }
        long ready = System.nanoTime();
        try (InputStream in = file.open()) {
            long[] read = {0};
            source.read(in, row -> {
                progress.read(++read[0]);
                var draft = check.accept(row);
                if (draft != null && check.ok()) {
                    write.accept(draft, row);
                }
            });
        } catch (BadFileException e) {
            check.fileProblem(e.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (check.ok() && check.rows() == 0) {
            check.fileProblem(RowProblem.coded(0, null, null, "no_rows", "the file has a header but no rows"));
        }
        if (check.outOfScopeCount() > 0) {
            worker.await();
            throw new ImportRefused(ImportRefused.Rule.SCOPE, check.outOfScopeCount(), check.outOfScope(),
                    check.outOfScopeCount() + " rows change ties outside your account's scope (row "
                    + String.join(", row ", check.outOfScope()) + "); nothing was imported");
        }
        if (!check.ok()) {
            worker.await();
            return check.failed(fileName, dryRun);
        }
        write.flush();
        worker.await();
        List<Long> refused = write.refused();
        if (!refused.isEmpty()) {
            List<String> rows = refused.stream().limit(50).map(String::valueOf).toList();
            throw new ImportRefused(ImportRefused.Rule.SIGNED, refused.size(), rows, refused.size() + " rows would "
                    + "add a sister or partner tie, or make a tie one, outside the approval path (row "
                    + String.join(", row ", rows) + "): recording ties signed before the registry is an admin's act "
                    + "(youcheng.approval.signed-records); nothing was imported");
        }
        if (load != null) {
            load.finish();
        }
        // the list's business comes after the rows are written, so the ties it names are the ties it made
        CompleteList.Outcome outcome = list == null ? null : applyList(list, check, fileName, dryRun, now);
        if (run != null) {
            bulk.finishRun(run, clock.instant(), write.added(), write.updated(), write.unchanged(),
                    check.placesMade());
            audit.record("import", "import_run", run, null, Map.of("file", fileName, "rows", check.rows(),
                    "added", write.added(), "updated", write.updated(), "unchanged", write.unchanged(),
                    "places_created", check.placesMade()));
        }
        log.debug("{}: {} rows in {} ms ({} ms to read the gazetteer, {} ms writing, {} ms comparing, {} ms of the writing "
                + "auditing the added ties)", fileName, check.rows(), (System.nanoTime() - start) / 1_000_000,
                (ready - start) / 1_000_000, writing[0] / 1_000_000, write.comparing() / 1_000_000,
                auditing[0] / 1_000_000);
        return check.done(fileName, dryRun, write, run, outcome);
    }

    /**
     * The complete list of a Chinese place named as people write it (or by its id or GB/T 2260 code), with its
     * counties and districts when asked; an unknown or ambiguous name is refused with the candidates.
     */
    public CompleteList completeList(String place, boolean withSubordinates, LocalDate endMissing) {
        String text = place == null ? "" : place.strip();
        Place found = null;
        if (text.matches("\\d{1,12}")) {
            found = places.find(Long.parseLong(text)).filter(p -> p.chinese()).orElse(null);
        }
        if (found == null) {
            found = places.findByCode(text.matches("\\d{6}") ? "CN-" + text : text).orElse(null);
        }
        if (found == null) {
            var r = new PlaceResolver(gazetteers.load()).domestic(text);
            if (!r.ok()) {
                throw new ValidationException(List.of(new FieldError("complete_for", place, r.error(),
                        "unknown_place")));
            }
            found = places.find(r.place().id()).orElseThrow();
        }
        Set<Long> scope = withSubordinates ? new HashSet<>(places.subtree(found.id())) : Set.of(found.id());
        return new CompleteList(found.id(), found.name(true), withSubordinates, endMissing, scope);
    }

    /** What a complete list does to the ties of its places that it does not name (see {@link CompleteList}). */
    private CompleteList.Outcome applyList(CompleteList list, ImportCheck check, String fileName, boolean dryRun,
                                           Instant now) {
        List<String> setAside = new ArrayList<>();
        List<String> notOnList = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (TieView v : ties.viewsOf(list.scope())) {
            Tie t = v.tie();
            if (!list.scope().contains(t.domesticId()) || check.names(t.domesticId(), t.partnerId())
                    || t.status() == TieStatus.ENDED || !t.counted()) {
                continue;
            }
            String label = label(v);
            String reason = "not on the official list of " + list.placeName() + " (" + fileName + ")";
            if (t.authority() == Provenance.REFERENCE) {
                setAside.add(label);
                if (!dryRun) {
                    ties.setAside(t.id(), today, reason, now);
                    audit.record("tie_set_aside", "tie", t.id(), t, ties.find(t.id()).orElseThrow());
                }
            } else if (list.endMissing() != null) {
                ended.add(label);
                if (!dryRun) {
                    ties.end(t, list.endMissing(), reason, now);
                    audit.record("tie_update", "tie", t.id(), t, ties.find(t.id()).orElseThrow());
                }
            } else {
                notOnList.add(label);
            }
        }
        return new CompleteList.Outcome(list.placeName(), list.withSubordinates(), check.pairs(),
                List.copyOf(setAside), List.copyOf(notOnList), List.copyOf(ended), list.endMissing());
    }

    private static String label(TieView v) {
        Place p = v.partner();
        String english = p.nameZh() != null && p.nameEn() != null ? p.nameEn() + ", " : "";
        return v.domestic().name(true) + " – " + p.name(true) + " (" + english + p.countryCode() + "), "
                + v.tie().kind().code() + ", " + v.tie().authority().code();
    }
}
