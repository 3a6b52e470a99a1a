package org.youcheng.web.imports;

import org.youcheng.io.ImportReport;

/**
 * An import as its page shows it at one moment.
 *
 * @param state        reading, done, refused or failed
 * @param read         data rows read so far
 * @param written      data rows written so far (an import; a dry run writes none)
 * @param total        data rows in the file (0 while counted, or when the file cannot be counted)
 * @param percent      read (dry run) or written (import) of total, or null when the total is not known
 * @param report       the report once done
 * @param problem      why it was refused or failed, in the service's words
 * @param completeFor  the place whose complete official list the file is, or null
 * @param tookMillis   how long the run took, once over
 */
public record ImportStatus(String id, String kind, String fileName, boolean dryRun, String state, long read, long written,
                           long total,
                    Integer percent, ImportReport report, String problem, String completeFor,
                    boolean withSubordinates, String endMissing, Long tookMillis) {

    /** The rows the bar stands at: read in a dry run, written in an import. */
    public long done() {
        return dryRun ? read : written;
    }

    public boolean reading() {
        return "reading".equals(state);
    }

    /** The same moment with the report told otherwise (in the page's language). */
    ImportStatus withReport(ImportReport told) {
        return new ImportStatus(id, kind, fileName, dryRun, state, read, written, total, percent, told, problem, completeFor,
                withSubordinates, endMissing, tookMillis);
    }

    /** A clean dry run that may now be imported. */
    public boolean confirmable() {
        return dryRun && report != null && report.ok();
    }
}
