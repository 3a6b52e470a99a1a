package org.youcheng.web.imports;

import org.youcheng.io.ImportRefused;
import org.youcheng.io.ImportReport;
import org.youcheng.io.RowProblem;

/**
 * An import as its page shows it at one moment.
 *
 * @param state        reading, done, refused or failed
 * @param read         data rows read so far
 * @param written      data rows written so far (an import; a dry run writes none)
 * @param total        data rows in the file (0 while counted, or when the file cannot be counted)
 * @param percent      read (dry run) or written (import) of total, or null when the total is not known
 * @param report       the report once done
 * @param refusal      why it was refused (the rule, the rows), or null
 * @param failure      why it failed (the file's problem, coded where a sentence of the bundles says it), or null
 * @param completeFor  the place whose complete official list the file is, or null
 * @param tookMillis   how long the run took, once over
 */
public record ImportStatus(
        String id,
        String kind,
        String fileName,
        boolean dryRun,
        String state,
        long read,
        long written,
        long total,
        Integer percent,
        ImportReport report,
        ImportRefused refusal,
        RowProblem failure,
        String completeFor,
        boolean withSubordinates,
        String endMissing,
        Long tookMillis) {

    /** The rows the bar stands at: read in a dry run, written in an import. */
    public long done() {
        return dryRun ? read : written;
    }

    public boolean reading() {
        return "reading".equals(state);
    }

    /** The same moment with the report told otherwise (in the page's language). */
    ImportStatus withReport(ImportReport told) {
        return new ImportStatus(
                id,
                kind,
                fileName,
                dryRun,
                state,
                read,
                written,
                total,
                percent,
                told,
                refusal,
                failure,
                completeFor,
                withSubordinates,
                endMissing,
                tookMillis);
    }

    /** A clean dry run that may now be imported. */
    public boolean confirmable() {
        return dryRun && report != null && report.ok();
    }
}
