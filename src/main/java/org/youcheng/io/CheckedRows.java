package org.youcheng.io;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.common.YouchengProperties;

/**
 * The check of one kind of rows (ties, activities) as the file streams by, as {@link ImportSkeleton} asks it: the
 * rows read, every problem (the first {@code youcheng.imports.reported-errors} kept, all counted) and the rows that
 * record what the account may not change.
 */
abstract class CheckedRows {

    /** How many of the rows outside the account's scope are listed. */
    private static final int LISTED_OUT_OF_SCOPE = 20;

    private final YouchengProperties.Imports limits;
    private final List<RowProblem> errors = new ArrayList<>();
    private final List<ScopeRow> outOfScope = new ArrayList<>();
    private long errorCount;
    private long outOfScopeCount;

    CheckedRows(YouchengProperties.Imports limits) {
        this.limits = limits;
    }

    /** The import limits: rows in a file, problems listed. */
    final YouchengProperties.Imports limits() {
        return limits;
    }

    /** The data rows read so far. */
    abstract long rows();

    /** A problem of the whole file (row 0): it cannot be read, or holds no rows. */
    abstract void fileProblem(RowProblem problem);

    /** Whether no row or file problem has been found so far. */
    final boolean clean() {
        return errorCount == 0;
    }

    /** How many rows record what the account may not change. */
    final long outOfScopeCount() {
        return outOfScopeCount;
    }

    /** The first of those rows. */
    final List<ScopeRow> outOfScope() {
        return outOfScope;
    }

    /** Counts a problem, and keeps it while fewer than the limit are kept. */
    final void error(RowProblem p) {
        errorCount++;
        if (errors.size() < limits.reportedErrors()) {
            errors.add(p);
        }
    }

    /** Counts a row outside the account's scope, and keeps it among the first ones. */
    final void outOfScope(ScopeRow row) {
        if (outOfScope.size() < LISTED_OUT_OF_SCOPE) {
            outOfScope.add(row);
        }
        outOfScopeCount++;
    }

    /** The foreign places the file's rows would create. */
    int placesMade() {
        return 0;
    }

    /** How many rule warnings the rows raised. */
    long warningCount() {
        return 0;
    }

    /** The first of those warnings. */
    List<RowProblem> warnings() {
        return List.of();
    }

    /** The report of a file with problems: nothing written. */
    final ImportReport failed(String file, boolean dryRun) {
        return new ImportReport(
                file,
                dryRun,
                false,
                rows(),
                0,
                0,
                0,
                placesMade(),
                errorCount,
                List.copyOf(errors),
                warningCount(),
                List.copyOf(warnings()),
                List.of(),
                List.of(),
                null,
                null);
    }
}
