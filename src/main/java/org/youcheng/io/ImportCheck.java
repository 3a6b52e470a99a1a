package org.youcheng.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.youcheng.common.YouchengProperties;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;

/**
 * Checks the rows of one file as they stream by: every problem kept (the first ones listed, all counted), pairs
 * that occur twice caught, the row limit enforced. Hands each good row on while the file is still clean.
 */
final class ImportCheck extends CheckedRows {

    private final RowChecker checker;
    private final List<RowProblem> warnings = new ArrayList<>();
    private final PairIndex rowOfPair = new PairIndex();
    private long warningCount;
    private long rows;
    private boolean tooMany;
    private final LongPredicate changeable;
    private CompleteList list;

    /** @param changeable the domestic places whose ties the one importing may change (an editor's scope) */
    ImportCheck(RowChecker checker, YouchengProperties.Imports limits, LongPredicate changeable) {
        super(limits);
        this.checker = checker;
        this.changeable = changeable;
    }

    /** The file is the complete list of these places: every row must be one of their ties. */
    void completeListOf(CompleteList list) {
        this.list = list;
    }

    /** Whether the file names this pair (after its rows were read). */
    boolean names(long domesticId, long partnerId) {
        return rowOfPair.get(TieImports.pairKey(domesticId, partnerId)) != 0;
    }

    /** How many pairs the file names. */
    int pairs() {
        return rowOfPair.size();
    }

    /** The draft of a good row, or null for a bad (or blank) one. */
    TieDraft accept(TieRow row) {
        if (row.blank() || tooMany) {
            return null;
        }
        YouchengProperties.Imports limits = limits();
        if (++rows > limits.maxRows()) {
            tooMany = true;
            fileProblem(RowProblem.coded(
                    0,
                    null,
                    null,
                    "too_many_rows",
                    "more than " + limits.maxRows() + " rows (youcheng.imports.max-rows); split the file",
                    limits.maxRows()));
            return null;
        }
        RowChecker.Checked c = checker.check(row);
        c.problems().forEach(this::error);
        c.warnings().forEach(this::warning);
        TieDraft d = c.draft();
        if (d == null) {
            return null;
        }
        long first = rowOfPair.putIfAbsent(TieImports.pairKey(d.domesticId(), d.partnerId()), row.number());
        if (first != 0) {
            error(RowProblem.coded(
                    row.number(),
                    Column.PARTNER.header(),
                    row.get(Column.PARTNER),
                    "same_pair",
                    "the same pair as row " + first + ": one tie per pair",
                    first));
            return null;
        }
        if (!changeable.test(d.domesticId())) {
            outOfScope(new ScopeRow(null, row.number(), row.get(Column.DOMESTIC)));
            error(RowProblem.coded(
                    row.number(),
                    Column.DOMESTIC.header(),
                    row.get(Column.DOMESTIC),
                    "outside_scope",
                    "outside your scope: your account may not change the ties of this place"));
            return null;
        }
        if (list != null && !list.scope().contains(d.domesticId())) {
            error(RowProblem.coded(
                    row.number(),
                    Column.DOMESTIC.header(),
                    row.get(Column.DOMESTIC),
                    list.withSubordinates() ? "not_on_list_under" : "not_on_list",
                    "not a tie of " + list.placeName()
                            + (list.withSubordinates() ? " or the places under it" : "")
                            + ": the file is given as its complete official list",
                    list.placeName()));
            return null;
        }
        return d;
    }

    @Override
    void fileProblem(RowProblem problem) {
        error(problem);
    }

    private void warning(RowProblem p) {
        warningCount++;
        if (warnings.size() < limits().reportedErrors()) {
            warnings.add(p);
        }
    }

    @Override
    long warningCount() {
        return warningCount;
    }

    @Override
    List<RowProblem> warnings() {
        return warnings;
    }

    @Override
    long rows() {
        return rows;
    }

    @Override
    int placesMade() {
        return checker.pending().size();
    }

    ImportReport done(String file, boolean dryRun, ImportWrite write, Long importId, CompleteList.Outcome list) {
        return new ImportReport(
                file,
                dryRun,
                !dryRun,
                rows,
                write.added(),
                write.updated(),
                write.unchanged(),
                placesMade(),
                0,
                List.of(),
                warningCount,
                List.copyOf(warnings),
                write.addedRows(),
                write.updatedRows(),
                importId,
                list);
    }
}
