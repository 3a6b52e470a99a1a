package org.youcheng.web.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.io.ActivityImporter;
import org.youcheng.io.BadFileException;
import org.youcheng.io.CompleteList;
import org.youcheng.io.Format;
import org.youcheng.io.ImportRefused;
import org.youcheng.io.ImportReport;
import org.youcheng.io.RowProblem;
import org.youcheng.io.TieImporter;

/**
 * The imports started from the web app: each upload is kept in a temporary file and run on a thread of its own, as
 * the account that uploaded it (its scope, its name in the audit trail), first as a dry run and, once confirmed, for
 * real; the importers keep their promise of whole or nothing. An upload is removed after its import, or an hour
 * after it was left.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final TieImporter ties;
    private final ActivityImporter activities;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(TieImporter ties, ActivityImporter activities, Clock clock) {
        this.ties = ties;
        this.activities = activities;
        this.clock = clock;
    }

    /** Takes over an uploaded file (moved into the job) and starts its dry run. */
    ImportJob start(String owner, ImportKind kind, String fileName, Path upload, Format format, CompleteList list) {
        forgetOld();
        ImportJob job = new ImportJob(new ImportJob.Upload(
                UUID.randomUUID().toString(), owner, kind, fileName, upload, format, list, clock.instant()));
        jobs.put(job.upload().id(), job);
        run(job);
        return job;
    }

    /** The job of this id, when it is this account's. */
    Optional<ImportJob> of(String id, String owner) {
        ImportJob job = jobs.get(id);
        return job != null && job.upload().owner().equals(owner) ? Optional.of(job) : Optional.empty();
    }

    /** Imports for real what a clean dry run checked; a second confirmation does nothing. */
    synchronized boolean confirm(ImportJob job) {
        ImportStatus s = job.status();
        if (!s.confirmable()) {
            return false;
        }
        job.confirmed();
        run(job);
        return true;
    }

    /** Drops an upload that will not be imported. */
    void discard(ImportJob job) {
        if (!job.running()) {
            jobs.remove(job.upload().id());
            delete(job.upload().file());
        }
    }

    private void run(ImportJob job) {
        SecurityContext who = SecurityContextHolder.getContext();
        boolean dryRun = job.dryRun();
        Thread.ofPlatform()
                .daemon()
                .name("web-import-" + job.upload().id().substring(0, 8))
                .start(() -> {
                    SecurityContextHolder.setContext(who);
                    ImportReport report = null;
                    ImportRefused refused = null;
                    RowProblem failed = null;
                    try {
                        report = importFor(job);
                    } catch (ImportRefused e) {
                        refused = e;
                    } catch (AccessDeniedException e) {
                        // a place the list names is outside the account's scope: refused before any row is read
                        refused = new ImportRefused(ImportRefused.Rule.SCOPE, 0, List.of(), e.getMessage());
                    } catch (BadFileException e) {
                        failed = e.problem();
                    } catch (ValidationException e) {
                        FieldError f = e.errors().get(0);
                        failed = new RowProblem(
                                0,
                                f.field(),
                                f.value() == null ? null : String.valueOf(f.value()),
                                f.message(),
                                f.code(),
                                List.of());
                    } catch (IOException | RuntimeException e) {
                        log.error("import of {} failed", job.upload().fileName(), e);
                        failed = new RowProblem(
                                0,
                                null,
                                null,
                                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    // the file is kept only for the import a clean dry run may lead to; decided before the page can
                    // confirm
                    if (!(dryRun && report != null && report.ok())) {
                        delete(job.upload().file());
                    }
                    if (report != null) {
                        job.done(report);
                    } else if (refused != null) {
                        job.refused(refused);
                    } else {
                        job.failed(failed);
                    }
                });
    }

    private ImportReport importFor(ImportJob job) throws IOException {
        TieImporter.FileOpener open = () -> Files.newInputStream(job.upload().file());
        boolean ledger = job.upload().kind() == ImportKind.LEDGER;
        try {
            job.total(
                    ledger
                            ? activities.countRows(open, job.upload().format())
                            : ties.countRows(open, job.upload().format()));
        } catch (BadFileException e) {
            // the import reads the file again and reports what is wrong with it
            job.total(0);
        }
        if (ledger) {
            return activities.importFile(
                    open, job.upload().format(), job.upload().fileName(), job.dryRun(), job);
        }
        return ties.importFile(
                open,
                job.upload().format(),
                job.upload().fileName(),
                job.dryRun(),
                job.upload().list(),
                job);
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> {
            boolean old = !j.running() && j.upload().uploaded().isBefore(before);
            if (old) {
                delete(j.upload().file());
            }
            return old;
        });
    }

    @PreDestroy
    void deleteUploads() {
        jobs.values().forEach(j -> delete(j.upload().file()));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete the upload {}: {}", file, e.getMessage());
        }
    }
}
