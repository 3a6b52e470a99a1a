package org.youcheng.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.function.ObjLongConsumer;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.Term;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieImports;

/**
 * The check of a ledger file's rows as they stream by: the header read into columns (a workbook's sheet names the
 * type of its rows), each row's sides found ({@link ActivityParties}) and its fields read as the API reads them
 * ({@link ActivityReader}), and the good rows handed on in batches while the file is clean.
 */
final class ActivityImportCheck extends CheckedRows implements TableRows {

    private final ActivityParties parties;
    /** Tie ids by {@link TieImports#pairKey}. */
    private final Map<Long, Long> ties;

    private final LongPredicate changeable;
    private final boolean sheets;
    private final ObjLongConsumer<List<ActivityDraft>> writer;
    private final int runSize;
    private final boolean dryRun;
    private final ImportProgress progress;
    private final List<ActivityDraft> batch = new ArrayList<>();
    private final List<String> preview = new ArrayList<>();
    private long count;
    private long writing;
    private String sheet;
    private ActivityType sheetType;
    private List<Object> columns;

    /** @param writer takes each batch and the rows read so far */
    ActivityImportCheck(
            Gazetteer gazetteer,
            Map<Long, Long> ties,
            LongPredicate changeable,
            boolean sheets,
            YouchengProperties.Imports limits,
            int runSize,
            boolean dryRun,
            ImportProgress progress,
            ObjLongConsumer<List<ActivityDraft>> writer) {
        super(limits);
        this.parties = new ActivityParties(gazetteer);
        this.ties = ties;
        this.changeable = changeable;
        this.sheets = sheets;
        this.runSize = runSize;
        this.dryRun = dryRun;
        this.progress = progress;
        this.writer = writer;
    }

    @Override
    public void header(String sheetName, List<String> cells) {
        sheet = sheetName;
        ActivityHeader h = ActivityHeader.read(sheets ? sheetName : null, sheetName, cells);
        sheetType = h.sheetType();
        columns = h.columns();
    }

    @Override
    public void row(long number, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        count++;
        progress.read(count);
        YouchengProperties.Imports limits = limits();
        if (count > limits.maxRows()) {
            if (count == limits.maxRows() + 1) {
                problem(RowProblem.coded(
                        number,
                        null,
                        null,
                        "too_many_rows",
                        "more than " + limits.maxRows() + " rows (youcheng.imports.max-rows)",
                        limits.maxRows()));
            }
            return;
        }
        Map<ActivityColumn, String> extra = new EnumMap<>(ActivityColumn.class);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            Object c = i < columns.size() ? columns.get(i) : null;
            if (c instanceof ActivityColumn e) {
                if (v != null && !v.isBlank()) {
                    extra.put(e, v.strip());
                }
            } else if (c instanceof ActivityField f) {
                fields.put(f.code(), v);
            } else if (v != null && !v.isBlank()) {
                problem(RowProblem.coded(
                        number,
                        null,
                        v,
                        "headless_cell",
                        "a value in column " + (i + 1) + ", which has no header",
                        number,
                        i + 1));
                return;
            }
        }
        List<RowProblem> problems = new ArrayList<>(0);
        Gazetteer.Entry place = parties.place(number, extra, problems);
        List<Partner> partners = parties.partners(number, extra, problems);
        String type = sheetType != null ? sheetType.code() : extra.get(ActivityColumn.TYPE);
        if (sheetType != null
                && extra.containsKey(ActivityColumn.TYPE)
                && Term.parse(ActivityType.class, extra.get(ActivityColumn.TYPE))
                                .orElse(null)
                        != sheetType) {
            problems.add(RowProblem.coded(
                    number,
                    ActivityColumn.TYPE.code,
                    extra.get(ActivityColumn.TYPE),
                    "type_not_sheets",
                    "the sheet is for " + sheetType.code(),
                    sheet));
        }
        ActivityDraft draft = null;
        try {
            draft = ActivityReader.read(type, place == null ? 0 : place.id(), null, partners, fields);
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                problems.add(new RowProblem(
                        number,
                        f.field(),
                        f.value() == null ? null : String.valueOf(f.value()),
                        f.message(),
                        f.code(),
                        List.of()));
            }
        }
        if (place != null && !changeable.test(place.id())) {
            outOfScope(new ScopeRow(sheet, number, place.name()));
        }
        if (!problems.isEmpty()) {
            problems.forEach(this::problem);
            return;
        }
        long placeId = place.id();
        Long tie = partners.stream()
                .filter(p -> p.placeId() != null)
                .map(p -> ties.get(TieImports.pairKey(placeId, p.placeId())))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (!clean() || outOfScopeCount() > 0) {
            return;
        }
        ActivityDraft d = draft.withTie(tie, partners);
        if (dryRun && preview.size() < limits.reportedErrors()) {
            preview.add((sheet == null ? "" : sheet + " ") + "row " + number + ": "
                    + d.type().code() + " " + place.name() + " " + d.startedOn());
        }
        batch.add(d);
        if (batch.size() >= runSize) {
            flush();
        }
    }

    /** Hands the rows held on to the writer, unless the file has a problem. */
    void flush() {
        if (!batch.isEmpty() && clean()) {
            long t = System.nanoTime();
            writer.accept(List.copyOf(batch), count);
            writing += System.nanoTime() - t;
        }
        batch.clear();
    }

    /** A problem of a row (a workbook's with its sheet in front of the column): nothing more is handed on. */
    private void problem(RowProblem p) {
        batch.clear();
        error(
                sheet == null || p.row() == 0
                        ? p
                        : new RowProblem(
                                p.row(),
                                sheet + ": " + (p.column() == null ? "" : p.column()),
                                p.value(),
                                p.reason(),
                                p.code(),
                                p.args()));
    }

    @Override
    void fileProblem(RowProblem p) {
        problem(p);
    }

    @Override
    long rows() {
        return count;
    }

    /** What a dry run would add, the first rows of it. */
    List<String> preview() {
        return preview;
    }

    /** Nanoseconds spent handing batches over (waiting for the writer). */
    long writing() {
        return writing;
    }
}
