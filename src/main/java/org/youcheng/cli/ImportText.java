package org.youcheng.cli;

import java.util.List;
import org.youcheng.io.CompleteList;
import org.youcheng.io.ImportReport;
import org.youcheng.io.ProblemText;
import org.youcheng.io.RowProblem;

/** What an import did, as the command line says it: the report's own English, or the same in Chinese. */
final class ImportText {

    private ImportText() {}

    static String done(CliText t, ImportReport r, ProblemText problems) {
        if (!t.chinese()) {
            return r.text();
        }
        String mode = r.dryRun() ? "dry" : "done";
        StringBuilder b = new StringBuilder(t.out(
                        "cli.out.import." + mode,
                        r.file(),
                        r.rows(),
                        r.added(),
                        r.updated(),
                        r.unchanged(),
                        r.placesCreated()))
                .append('\n');
        if (r.dryRun()) {
            r.addedRows().forEach(row -> b.append("  + ").append(row).append('\n'));
            r.updatedRows().forEach(row -> b.append("  ~ ").append(row).append('\n'));
        }
        CompleteList.Outcome c = r.completeList();
        if (c != null) {
            b.append(t.out(
                            c.withSubordinates() ? "cli.out.import.list_with_subordinates" : "cli.out.import.list",
                            c.place(),
                            c.named()))
                    .append('\n');
            lines(b, t.out("cli.out.import.set_aside." + mode, c.setAside().size()), "-", c.setAside());
            if (c.endedOn() != null) {
                lines(
                        b,
                        t.out(
                                "cli.out.import.ended." + mode,
                                c.ended().size(),
                                c.endedOn().toString()),
                        "x",
                        c.ended());
            } else if (!c.notOnList().isEmpty()) {
                lines(
                        b,
                        t.out("cli.out.import.not_on_list", c.notOnList().size(), "--end-missing"),
                        "?",
                        c.notOnList());
            }
        }
        if (r.warningCount() > 0) {
            b.append(t.out("cli.out.import.warnings", r.warningCount())).append('\n');
            for (RowProblem w : r.warnings()) {
                b.append("  ").append(t.problem(w, problems)).append('\n');
            }
            if (r.warningCount() > r.warnings().size()) {
                b.append("  ")
                        .append(t.out(
                                "cli.out.import.more_warnings",
                                r.warningCount() - r.warnings().size()))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static void lines(StringBuilder b, String heading, String mark, List<String> rows) {
        b.append("  ").append(heading).append('\n');
        rows.forEach(
                row -> b.append("    ").append(mark).append(' ').append(row).append('\n'));
    }
}
