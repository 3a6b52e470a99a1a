package org.youcheng.web.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.youcheng.io.CompleteList;
import org.youcheng.io.Format;
import org.youcheng.io.ImportProgress;
import org.youcheng.io.ImportRefused;
import org.youcheng.io.ImportReport;
import org.youcheng.io.RowProblem;

/**
 * One uploaded file and its runs: first a dry run, then (once confirmed) the import itself, each on a thread of its
 * own. The page reads it while the thread writes it: the counts are atomic, the rest is replaced whole.
 *
 * @param owner the account that uploaded it; nobody else sees it
 */
final class ImportJob implements ImportProgress {

    /** Where a run stands. */
    enum State {
        READING,
        DONE,
        REFUSED,
        FAILED
    }

    private final Upload upload;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile long total;
    private volatile boolean dryRun = true;
    private volatile State state = State.READING;
    private volatile ImportReport report;
    private volatile ImportRefused refusal;
    private volatile RowProblem failure;
    private volatile long startedNanos = System.nanoTime();
    private volatile long tookMillis;

    /** An uploaded file as it was handed over: who sent it, what it holds, where it waits, when it came. */
    record Upload(
            String id,
            String owner,
            ImportKind kind,
            String fileName,
            Path file,
            Format format,
            CompleteList list,
            Instant uploaded) {}

    ImportJob(Upload upload) {
        this.upload = upload;
    }

    Upload upload() {
        return upload;
    }

    /** Starts the import itself, after the dry run was seen and confirmed. */
    synchronized void confirmed() {
        dryRun = false;
        state = State.READING;
        report = null;
        refusal = null;
        failure = null;
        read.set(0);
        written.set(0);
        startedNanos = System.nanoTime();
    }

    void total(long rows) {
        total = rows;
    }

    @Override
    public void read(long rows) {
        read.set(rows);
    }

    @Override
    public void written(long rows) {
        written.set(rows);
    }

    void done(ImportReport r) {
        report = r;
        read.set(Math.max(read.get(), r.rows()));
        finish(State.DONE);
    }

    void refused(ImportRefused why) {
        refusal = why;
        finish(State.REFUSED);
    }

    void failed(RowProblem why) {
        failure = why;
        finish(State.FAILED);
    }

    private void finish(State s) {
        tookMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        state = s;
    }

    boolean dryRun() {
        return dryRun;
    }

    State state() {
        return state;
    }

    boolean running() {
        return state == State.READING;
    }

    /** What the page shows now. */
    ImportStatus status() {
        long t = total;
        long r = read.get();
        long w = written.get();
        // a dry run's work is reading; an import's is writing, which ends well after the last row is read
        Integer percent = t <= 0 ? null : (int) Math.min(100, (dryRun ? r : w) * 100 / t);
        CompleteList list = upload.list();
        return new ImportStatus(
                upload.id(),
                upload.kind().code(),
                upload.fileName(),
                dryRun,
                state.name().toLowerCase(java.util.Locale.ROOT),
                r,
                w,
                t,
                percent,
                report,
                refusal,
                failure,
                list == null ? null : list.placeName(),
                list != null && list.withSubordinates(),
                list == null || list.endMissing() == null
                        ? null
                        : list.endMissing().toString(),
                state == State.READING ? null : tookMillis);
    }
}
