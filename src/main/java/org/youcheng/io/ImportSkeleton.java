package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.xlsx.XlsxInspection;
import org.youcheng.registry.TieImports;
import org.youcheng.security.AuditTrail;

/**
 * The steps every import takes, whatever its rows: one transaction, whole or not at all; workbooks inspected before
 * they are read; the file streamed into the check of its kind ({@link CheckedRows}), a file that cannot be read or
 * holds no rows being a problem of the file; rows outside the account's scope refusing the file whole; and a
 * committed import recorded as one import run with one audit entry. The writes go to a {@link TransactionWorker}
 * the importer holds while it reads.
 */
@Component
class ImportSkeleton {

    /** Reads a file's bytes into the check of its rows. */
    @FunctionalInterface
    interface Reading {
        void read(InputStream in) throws IOException;
    }

    /** What an import did, for its import run. */
    record Counts(int added, int updated, int unchanged, int placesCreated) {}

    private final TransactionTemplate tx;
    private final TieImports runs;
    private final AuditTrail audit;
    private final YouchengProperties.Imports limits;

    ImportSkeleton(TransactionTemplate tx, TieImports runs, AuditTrail audit, YouchengProperties properties) {
        this.tx = tx;
        this.runs = runs;
        this.audit = audit;
        this.limits = properties.imports();
    }

    /** Runs an import in one transaction, rolled back unless its report is committed; its I/O failure is rethrown. */
    ImportReport whole(Supplier<ImportReport> run) throws IOException {
        try {
            return tx.execute(status -> {
                ImportReport report = run.get();
                if (!report.committed()) {
                    status.setRollbackOnly();
                }
                return report;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The guard a workbook passes before it is read (size, entries, compression; see {@link XlsxInspection}). */
    XlsxInspection xlsx() {
        return XlsxInspection.of(limits);
    }

    /** Streams the file into its check; a file that cannot be read, or has a header but no rows, is its problem. */
    void read(TieImporter.FileOpener file, Reading reading, CheckedRows rows) {
        try (InputStream in = file.open()) {
            reading.read(in);
        } catch (BadFileException e) {
            rows.fileProblem(e.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.clean() && rows.rows() == 0) {
            rows.fileProblem(RowProblem.coded(0, null, null, "no_rows", "the file has a header but no rows"));
        }
    }

    /**
     * Refuses the file whole when some rows are outside the account's scope; {@code what} says what they do
     * ("change ties").
     */
    void refuseOutOfScope(CheckedRows rows, String what) {
        if (rows.outOfScopeCount() == 0) {
            return;
        }
        List<ScopeRow> first = rows.outOfScope();
        throw new ImportRefused(
                ImportRefused.Rule.SCOPE,
                rows.outOfScopeCount(),
                first.stream().map(ScopeRow::listed).toList(),
                rows.outOfScopeCount() + " rows " + what
                        + " outside your account's scope ("
                        + String.join(
                                ", ", first.stream().map(ScopeRow::english).toList()) + "); nothing was imported");
    }

    /** The import run a real import writes under; null for a dry run. */
    Long startRun(String fileName, Format format, boolean dryRun, Instant now) {
        return dryRun ? null : runs.startRun(fileName, format.extension(), now);
    }

    /** Closes the run with its counts and writes the import's one audit entry ({@code action}, saying {@code said}). */
    void finishRun(long run, Instant at, Counts c, String action, Map<String, Object> said) {
        runs.finishRun(run, at, c.added(), c.updated(), c.unchanged(), c.placesCreated());
        audit.record(action, "import_run", run, null, said);
    }
}
