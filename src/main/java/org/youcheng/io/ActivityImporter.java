package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.io.csv.CsvTable;
import org.youcheng.io.xlsx.XlsxInspection;
import org.youcheng.io.xlsx.XlsxTable;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.ActivityRepository;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.Term;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.GazetteerRepository;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.TieBulkRepository;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;
import org.youcheng.common.YouchengProperties;

/**
 * Imports activities from a CSV table (a {@code type} column says each row's type) or an .xlsx workbook (one
 * sheet per type, named by it: delegation or 代表团 …), whole or not at all, with the rules of the tie import: one
 * streaming pass in one transaction, rows checked as the API checks them ({@link ActivityReader}) and written in
 * batches while the file is clean; the first bad row stops the writing, the check goes on to report every bad
 * row, and the transaction is rolled back. The foreign side must be in the registry (an activity import creates no
 * places); each row is put on the tie between its Chinese side and its first foreign place, when there is one.
 * A row that repeats an activity recorded before, field for field, is left alone ({@link ActivityRepeats}), so an
 * export imports again without change.
 */
@Service
public class ActivityImporter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ActivityImporter.class);

    private final GazetteerRepository gazetteers;
    private final ActivityRepository activities;
    private final TieBulkRepository runs;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final YouchengProperties.Imports limits;
    private final Permissions permissions;
    private final AuditTrail audit;

    ActivityImporter(GazetteerRepository gazetteers, ActivityRepository activities, TieBulkRepository runs,
                     TransactionTemplate tx, Clock clock, YouchengProperties properties, Permissions permissions,
                     AuditTrail audit) {
        this.gazetteers = gazetteers;
        this.activities = activities;
        this.runs = runs;
        this.tx = tx;
        this.clock = clock;
        this.limits = properties.imports();
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The columns besides the fields of {@link ActivityField}: who took part, and the type in a CSV table. */
    public enum Extra {
        TYPE("type", "类型"), PLACE("place", "中方"), PLACE_CODE("place_code", "中方代码"),
        PARTNERS("partners", "外方"), PARTNER_COUNTRY("partner_country", "国家"),
        PARTNER_CODES("partner_codes", "外方代码"), ORGANISATIONS("organisations", "外方机构");

        public final String code;
        final String zh;

        Extra(String code, String zh) {
            this.code = code;
            this.zh = zh;
        }

        static Extra of(String header) {
            for (Extra e : values()) {
                if (e.code.equals(header.strip().toLowerCase(Locale.ROOT)) || e.zh.equals(header.strip())) {
                    return e;
                }
            }
            return null;
        }
    }

    public ImportReport importFile(TieImporter.FileOpener file, Format format, String fileName, boolean dryRun)
            throws IOException {
        return importFile(file, format, fileName, dryRun, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how many data rows it has read and written so far. */
    public ImportReport importFile(TieImporter.FileOpener file, Format format, String fileName, boolean dryRun,
                                   ImportProgress progress) throws IOException {
        LongPredicate changeable = permissions.changeable();
        if (format != Format.CSV && format != Format.XLSX) {
            throw new BadFileException("unsupported_format", "an activity import reads csv and xlsx, not "
                    + format.extension(), null, format.extension());
        }
        try {
            return tx.execute(status -> {
                ImportReport report = run(file, format, fileName, dryRun, changeable, progress);
                if (!report.committed()) {
                    status.setRollbackOnly();
                }
                return report;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
            public void header(String sheet, List<String> cells) {
            }

            @Override
            public void row(long number, List<String> cells) {
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    rows[0]++;
                }
            }
        };
        try (InputStream in = file.open()) {
            if (format == Format.XLSX) {
                XlsxTable.read(in, XlsxInspection.of(limits), counter);
            } else {
                CsvTable.read(in, counter);
            }
        }
        return rows[0];
    }

    private ImportReport run(TieImporter.FileOpener file, Format format, String fileName, boolean dryRun,
                             LongPredicate changeable, ImportProgress progress) {
        // batches are written on the worker while the next rows are checked here; closing waits for the last
        try (TransactionWorker worker = new TransactionWorker()) {
            return run(file, format, fileName, dryRun, changeable, progress, worker);
        }
    }

    private ImportReport run(TieImporter.FileOpener file, Format format, String fileName, boolean dryRun,
                             LongPredicate changeable, ImportProgress progress, TransactionWorker worker) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Gazetteer gazetteer = gazetteers.load();
        Long run = dryRun ? null : runs.startRun(fileName, format.extension(), now);
        ActivityRepeats repeats = new ActivityRepeats(activities);
        Rows rows = new Rows(gazetteer, activities.tiesByPair(), changeable, format == Format.XLSX,
                activities.runSize(), dryRun, (batch, rowsSoFar) -> worker.submit(() -> {
                    List<ActivityDraft> fresh = repeats.newOnes(batch);
                    if (!dryRun) {
                        activities.insert(fresh, run, now);
                        progress.written(rowsSoFar);
                    }
                }));
        rows.progress = progress;
        try (InputStream in = file.open()) {
            if (format == Format.XLSX) {
                XlsxTable.read(in, XlsxInspection.of(limits), rows);
            } else if (!CsvTable.read(in, rows)) {
                throw new BadFileException("no_header", "the file is empty: it needs a header row", null);
            }
        } catch (BadFileException e) {
            rows.problem(e.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.errorCount == 0 && rows.count == 0) {
            rows.problem(RowProblem.coded(0, null, null, "no_rows", "the file has a header but no rows"));
        }
        if (!rows.outOfScope.isEmpty()) {
            List<String> first = rows.outOfScope.subList(0, Math.min(20, rows.outOfScope.size()));
            throw new ImportRefused(ImportRefused.Rule.SCOPE, rows.outOfScope.size(), first.stream()
                    .map(r -> r.replace("row ", "")).toList(), rows.outOfScope.size() + " rows record activities "
                    + "of places outside your account's scope (" + String.join(", ", first) + "); nothing was "
                    + "imported");
        }
        if (rows.errorCount > 0) {
            return new ImportReport(fileName, dryRun, false, rows.count, 0, 0, 0, 0, rows.errorCount,
                    List.copyOf(rows.errors), 0, List.of(), List.of(), List.of(), null);
        }
        rows.flush();
        worker.await();
        log.debug("{}: {} rows in {} ms, {} ms of them writing", fileName, rows.count,
                (System.nanoTime() - started) / 1_000_000, rows.writing / 1_000_000);
        int unchanged = repeats.repeats();
        int added = (int) rows.count - unchanged;
        if (run != null) {
            runs.finishRun(run, clock.instant(), added, 0, unchanged, 0);
            audit.record("activity_import", "import_run", run, null, Map.of("file", fileName, "rows", rows.count,
                    "added", added, "unchanged", unchanged));
        }
        return new ImportReport(fileName, dryRun, !dryRun, rows.count, added, 0, unchanged, 0, 0, List.of(), 0,
                List.of(), dryRun ? rows.preview : List.of(), List.of(), run);
    }

    /** Checks the rows as they stream by, and hands them on in batches while the file is clean. */
    private final class Rows implements TableRows {

        private final Gazetteer gazetteer;
        private final PlaceResolver resolver;
        private final Map<ActivityRepository.TiePair, Long> ties;
        private final LongPredicate changeable;
        private final boolean sheets;
        private final java.util.function.ObjLongConsumer<List<ActivityDraft>> writer;
        private final int runSize;
        private final boolean dryRun;
        private final Map<String, PlaceResolver.Resolution> domestic = new HashMap<>();
        private final Map<String, PlaceResolver.Resolution> foreign = new HashMap<>();
        private final List<ActivityDraft> batch = new ArrayList<>();
        final List<RowProblem> errors = new ArrayList<>();
        final List<String> outOfScope = new ArrayList<>();
        final List<String> preview = new ArrayList<>();
        long errorCount;
        long count;
        ImportProgress progress = ImportProgress.NONE;
        long writing;
        private String sheet;
        private ActivityType sheetType;
        private Object[] columns;

        Rows(Gazetteer gazetteer, Map<ActivityRepository.TiePair, Long> ties, LongPredicate changeable,
             boolean sheets, int runSize, boolean dryRun,
             java.util.function.ObjLongConsumer<List<ActivityDraft>> writer) {
            this.runSize = runSize;
            this.dryRun = dryRun;
            this.gazetteer = gazetteer;
            this.resolver = new PlaceResolver(gazetteer);
            this.ties = ties;
            this.changeable = changeable;
            this.sheets = sheets;
            this.writer = writer;
        }

        @Override
        public void header(String sheetName, List<String> cells) {
            sheet = sheetName;
            sheetType = null;
            if (sheets) {
                sheetType = Term.parse(ActivityType.class, sheetName).orElseThrow(() -> new BadFileException(
                        "unknown_sheet", "sheet '" + sheetName + "' is not named by an activity type (" + Term.accepted(
                                ActivityType.class) + ", or 代表团, 活动, 协议, 合作项目, 奖项荣誉)", null, sheetName));
            }
            columns = new Object[cells.size()];
            List<String> unknown = new ArrayList<>();
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (int i = 0; i < cells.size(); i++) {
                String h = cells.get(i);
                if (h == null || h.isBlank()) {
                    continue;
                }
                Object c = Extra.of(h);
                if (c == null) {
                    c = ActivityField.parse(h).orElse(null);
                }
                if (c == null) {
                    unknown.add(h.strip());
                } else if (!seen.add(c)) {
                    throw badHeader("column_twice", "column " + h.strip() + " appears twice in the header", h.strip());
                }
                columns[i] = c;
            }
            if (!unknown.isEmpty()) {
                throw badHeader("unknown_activity_columns", "unknown column" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown), String.join(", ", unknown));
            }
            if (!seen.contains(Extra.PLACE) && !seen.contains(Extra.PLACE_CODE)) {
                throw badHeader("missing_column", "missing column place (中方)", "place", "中方");
            }
            if (!sheets && !seen.contains(Extra.TYPE)) {
                throw new BadFileException("missing_type_column",
                        "missing column type (类型): a CSV table says each row's type", null);
            }
        }

        /** A header the rows cannot be read by; in a workbook, naming its sheet. */
        private BadFileException badHeader(String code, String english, Object... args) {
            if (sheet == null) {
                return new BadFileException(code, english, null, args);
            }
            Object[] withSheet = new Object[args.length + 1];
            withSheet[0] = sheet;
            System.arraycopy(args, 0, withSheet, 1, args.length);
            return new BadFileException("sheet_" + code, where() + english, null, withSheet);
        }

        private String where() {
            return sheet == null ? "" : "sheet " + sheet + ": ";
        }

        @Override
        public void row(long number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            count++;
            progress.read(count);
            if (count > limits.maxRows()) {
                if (count == limits.maxRows() + 1) {
                    problem(RowProblem.coded(number, null, null, "too_many_rows", "more than " + limits.maxRows()
                            + " rows (youcheng.imports.max-rows)", limits.maxRows()));
                }
                return;
            }
            Map<Extra, String> extra = new java.util.EnumMap<>(Extra.class);
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String v = cells.get(i);
                Object c = i < columns.length ? columns[i] : null;
                if (c instanceof Extra e) {
                    if (v != null && !v.isBlank()) {
                        extra.put(e, v.strip());
                    }
                } else if (c instanceof ActivityField f) {
                    fields.put(f.code(), v);
                } else if (v != null && !v.isBlank()) {
                    problem(RowProblem.coded(number, null, v, "headless_cell", "a value in column " + (i + 1)
                            + ", which has no header", number, i + 1));
                    return;
                }
            }
            List<RowProblem> problems = new ArrayList<>(0);
            Gazetteer.Entry place = place(number, extra, problems);
            List<Partner> partners = partners(number, extra, problems);
            String type = sheetType != null ? sheetType.code() : extra.get(Extra.TYPE);
            if (sheetType != null && extra.containsKey(Extra.TYPE)
                    && Term.parse(ActivityType.class, extra.get(Extra.TYPE)).orElse(null) != sheetType) {
                problems.add(RowProblem.coded(number, Extra.TYPE.code, extra.get(Extra.TYPE), "type_not_sheets",
                        "the sheet is for " + sheetType.code(), sheet));
            }
            ActivityDraft draft = null;
            try {
                draft = ActivityReader.read(type, place == null ? 0 : place.id(), null, partners, fields);
            } catch (ValidationException e) {
                for (FieldError f : e.errors()) {
                    problems.add(new RowProblem(number, f.field(), f.value() == null ? null : String.valueOf(
                            f.value()), f.message(), f.code(), List.of()));
                }
            }
            if (place != null && !changeable.test(place.id())) {
                outOfScope.add((sheet == null ? "" : sheet + " ") + "row " + number + " (" + place.name() + ")");
            }
            if (!problems.isEmpty()) {
                problems.forEach(this::problem);
                return;
            }
            long placeId = place.id();
            Long tie = partners.stream().filter(p -> p.placeId() != null)
                    .map(p -> ties.get(new ActivityRepository.TiePair(placeId, p.placeId())))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (errorCount > 0 || !outOfScope.isEmpty()) {
                return;
            }
            ActivityDraft d = draft.withTie(tie, partners);
            if (dryRun && preview.size() < limits.reportedErrors()) {
                preview.add((sheet == null ? "" : sheet + " ") + "row " + number + ": " + d.type().code() + " "
                        + place.name() + " " + d.startedOn());
            }
            batch.add(d);
            if (batch.size() >= runSize) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty() && errorCount == 0) {
                long t = System.nanoTime();
                writer.accept(List.copyOf(batch), count);
                writing += System.nanoTime() - t;
            }
            batch.clear();
        }

        void problem(RowProblem p) {
            errorCount++;
            batch.clear();
            if (errors.size() < limits.reportedErrors()) {
                errors.add(sheet == null || p.row() == 0 ? p : new RowProblem(p.row(), sheet + ": " + (p.column()
                        == null ? "" : p.column()), p.value(), p.reason(), p.code(), p.args()));
            }
        }

        private Gazetteer.Entry place(long n, Map<Extra, String> extra, List<RowProblem> problems) {
            String code = extra.get(Extra.PLACE_CODE);
            if (code != null) {
                Gazetteer.Entry e = gazetteer.byCode(code);
                if (e == null || !"CN".equals(e.country())) {
                    problems.add(RowProblem.coded(n, Extra.PLACE_CODE.code, code, "no_chinese_place_with_code",
                            "no Chinese place has this code"));
                    return null;
                }
                return e;
            }
            String name = extra.get(Extra.PLACE);
            if (name == null) {
                problems.add(RowProblem.coded(n, Extra.PLACE.code, null, "required", "empty: name the Chinese side"));
                return null;
            }
            PlaceResolver.Resolution r = domestic.computeIfAbsent(name, resolver::domestic);
            if (!r.ok()) {
                problems.add(new RowProblem(n, Extra.PLACE.code, name, r.error(), ResolverErrors.code(r.error()),
                        List.of()));
                return null;
            }
            if (!"CN".equals(r.place().country())) {
                problems.add(RowProblem.coded(n, Extra.PLACE.code, name, "not_chinese", "not a Chinese place"));
                return null;
            }
            return r.place();
        }

        private List<Partner> partners(long n, Map<Extra, String> extra, List<RowProblem> problems) {
            List<Partner> out = new ArrayList<>();
            for (String code : split(extra.get(Extra.PARTNER_CODES))) {
                Gazetteer.Entry e = gazetteer.byCode(code);
                if (e == null || "CN".equals(e.country())) {
                    problems.add(RowProblem.coded(n, Extra.PARTNER_CODES.code, code, "no_foreign_place_with_code",
                            "no foreign place has this code"));
                } else {
                    out.add(Partner.place(e.id()));
                }
            }
            String country = extra.get(Extra.PARTNER_COUNTRY);
            // codes pin the places (an export carries both): the names beside them are for people to read
            List<String> names = extra.containsKey(Extra.PARTNER_CODES) ? List.of() : split(extra.get(Extra.PARTNERS));
            for (String name : names) {
                PlaceResolver.Resolution r = foreign.computeIfAbsent(name + "\u0000" + country,
                        k -> resolver.partner(name, country));
                if (!r.ok()) {
                    problems.add(new RowProblem(n, Extra.PARTNERS.code, name, r.error(),
                            ResolverErrors.code(r.error()), List.of()));
                } else if (r.isNew()) {
                    problems.add(RowProblem.coded(n, Extra.PARTNERS.code, name, "activity_partner_unknown",
                            "not in the registry: an activity import creates no places; import the tie first, or "
                                    + "name it under organisations"));
                } else if ("CN".equals(r.place().country())) {
                    problems.add(RowProblem.coded(n, Extra.PARTNERS.code, name, "not_foreign",
                            "a place in China: the foreign side is a foreign place or an organisation"));
                } else {
                    out.add(Partner.place(r.place().id()));
                }
            }
            for (String organisation : split(extra.get(Extra.ORGANISATIONS))) {
                out.add(Partner.organisation(organisation));
            }
            return out;
        }

        private static List<String> split(String cell) {
            if (cell == null) {
                return List.of();
            }
            return java.util.Arrays.stream(cell.split("[;；、]")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }
    }
}
