package org.youcheng.io;

import java.util.List;

/**
 * What an import did, or would do with {@code dry_run}: counts, every bad row (the first
 * {@code youcheng.imports.reported-errors} listed, all counted) and the rule warnings; for the complete official
 * list of a place, what became of the ties it does not name ({@code completeList}). Nothing is written unless
 * {@code committed}.
 */
public record ImportReport(
        String file,
        boolean dryRun,
        boolean committed,
        long rows,
        int added,
        int updated,
        int unchanged,
        int placesCreated,
        long errorCount,
        List<RowProblem> errors,
        long warningCount,
        List<RowProblem> warnings,
        List<String> addedRows,
        List<String> updatedRows,
        Long importId,
        CompleteList.Outcome completeList) {

    public boolean ok() {
        return errorCount == 0;
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        if (!ok()) {
            b.append(file)
                    .append(": ")
                    .append(errorCount)
                    .append(" bad row")
                    .append(errorCount == 1 ? "" : "s")
                    .append("; nothing was imported\n");
            errors.forEach(e -> b.append("  ").append(e).append('\n'));
            if (errorCount > errors.size()) {
                b.append("  … and ").append(errorCount - errors.size()).append(" more\n");
            }
            return b.toString();
        }
        b.append(file)
                .append(": ")
                .append(rows)
                .append(" rows; ")
                .append(dryRun ? "would add " : "added ")
                .append(added)
                .append(dryRun ? ", would update " : ", updated ")
                .append(updated)
                .append(", left alone ")
                .append(unchanged)
                .append(dryRun ? "; would create " : "; created ")
                .append(placesCreated)
                .append(" foreign place")
                .append(placesCreated == 1 ? "" : "s")
                .append(" (flagged for review)")
                .append(dryRun ? " — dry run, nothing written" : "")
                .append('\n');
        if (dryRun) {
            addedRows.forEach(r -> b.append("  + ").append(r).append('\n'));
            updatedRows.forEach(r -> b.append("  ~ ").append(r).append('\n'));
        }
        if (completeList != null) {
            CompleteList.Outcome c = completeList;
            b.append("the complete official list of ")
                    .append(c.place())
                    .append(c.withSubordinates() ? " and the places under it" : "")
                    .append(": ")
                    .append(c.named())
                    .append(" ties named\n");
            b.append(dryRun ? "  would set aside " : "  set aside ")
                    .append(c.setAside().size())
                    .append(" reference tie")
                    .append(c.setAside().size() == 1 ? "" : "s")
                    .append(" it does not name (kept, counted nowhere)\n");
            c.setAside().forEach(r -> b.append("    - ").append(r).append('\n'));
            if (c.endedOn() != null) {
                b.append(dryRun ? "  would end " : "  ended ")
                        .append(c.ended().size())
                        .append(" recorded tie")
                        .append(c.ended().size() == 1 ? "" : "s")
                        .append(" it does not name, on ")
                        .append(c.endedOn())
                        .append('\n');
                c.ended().forEach(r -> b.append("    x ").append(r).append('\n'));
            } else if (!c.notOnList().isEmpty()) {
                b.append("  ")
                        .append(c.notOnList().size())
                        .append(" recorded tie")
                        .append(c.notOnList().size() == 1 ? " is" : "s are")
                        .append(" not on the list; left alone (--end-missing DATE ends them):\n");
                c.notOnList().forEach(r -> b.append("    ? ").append(r).append('\n'));
            }
        }
        if (warningCount > 0) {
            b.append(warningCount)
                    .append(" warning")
                    .append(warningCount == 1 ? "" : "s")
                    .append(":\n");
            warnings.forEach(w -> b.append("  ").append(w).append('\n'));
            if (warningCount > warnings.size()) {
                b.append("  … and ").append(warningCount - warnings.size()).append(" more\n");
            }
        }
        return b.toString();
    }
}
