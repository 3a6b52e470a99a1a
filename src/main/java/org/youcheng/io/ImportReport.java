package org.youcheng.io;

import java.util.List;

/**
 * What an import did, or would do with {@code dry_run}: counts, every bad row (the first
 * {@code youcheng.imports.reported-errors} listed, all counted) and the rule warnings. Nothing is written
 * unless {@code committed}.
 */
public record ImportReport(String file, boolean dryRun, boolean committed, long rows, int added, int updated,
                           int unchanged, int placesCreated, long errorCount, List<RowProblem> errors,
                           long warningCount, List<RowProblem> warnings, List<String> addedRows,
                           List<String> updatedRows, Long importId) {

    public boolean ok() {
        return errorCount == 0;
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        if (!ok()) {
            b.append(file).append(": ").append(errorCount).append(" bad row").append(errorCount == 1 ? "" : "s")
                    .append("; nothing was imported\n");
            errors.forEach(e -> b.append("  ").append(e).append('\n'));
            if (errorCount > errors.size()) {
                b.append("  … and ").append(errorCount - errors.size()).append(" more\n");
            }
            return b.toString();
        }
        b.append(file).append(": ").append(rows).append(" rows; ")
                .append(dryRun ? "would add " : "added ").append(added)
                .append(dryRun ? ", would update " : ", updated ").append(updated)
                .append(", left alone ").append(unchanged)
                .append(dryRun ? "; would create " : "; created ").append(placesCreated)
                .append(" foreign place").append(placesCreated == 1 ? "" : "s").append(" (flagged for review)")
                .append(dryRun ? " — dry run, nothing written" : "").append('\n');
        if (dryRun) {
            addedRows.forEach(r -> b.append("  + ").append(r).append('\n'));
            updatedRows.forEach(r -> b.append("  ~ ").append(r).append('\n'));
        }
        if (warningCount > 0) {
            b.append(warningCount).append(" warning").append(warningCount == 1 ? "" : "s").append(":\n");
            warnings.forEach(w -> b.append("  ").append(w).append('\n'));
            if (warningCount > warnings.size()) {
                b.append("  … and ").append(warningCount - warnings.size()).append(" more\n");
            }
        }
        return b.toString();
    }
}
