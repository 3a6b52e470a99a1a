package org.youcheng.io;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;
import org.youcheng.security.AuditTrail;

/**
 * Writes each batch a committing import of ties hands over: the new ties, one audit entry for each of them written
 * in bulk while the next rows are checked, the changed ties with their changes of status, and one audit
 * record for each change. Keeps the time it spent writing and auditing, for the import's log line.
 */
final class TieBatchWriter implements ImportWrite.Flush {

    private final TieImports ties;
    private final AuditTrail audit;
    private final AuditTrail.Stamp who;
    private final TieImports.Load load;
    private final long run;
    private final Instant now;
    private long audited;
    private long writing;
    private long auditing;

    TieBatchWriter(TieImports ties, AuditTrail audit, long run, Instant now) {
        this.ties = ties;
        this.audit = audit;
        this.run = run;
        this.now = now;
        this.load = ties.load(run, now);
        this.who = audit.stamp();
        this.audited = ties.lastTieId();
    }

    @Override
    public void flush(
            List<TieDraft> inserts,
            List<TieImports.Change> updates,
            List<TieImports.StatusChangeRow> statusChanges,
            LongConsumer inserted) {
        long t = System.nanoTime();
        load.insert(inserts, inserted);
        if (!inserts.isEmpty()) {
            long a = System.nanoTime();
            long last = ties.lastTieId();
            ties.auditAdded(run, now, who, audited, last);
            audited = last;
            auditing += System.nanoTime() - a;
        }
        ties.update(updates, run, now);
        ties.addStatus(statusChanges, run, now);
        audit.recordAll(
                who,
                "tie_import_update",
                "tie",
                updates.stream()
                        .map(u -> new AuditTrail.Change(u.id(), u.before(), u.draft()))
                        .toList());
        writing += System.nanoTime() - t;
    }

    /** Checks what the writing left to the end, once every batch is written; throws when the import must not commit. */
    void finish() {
        load.finish();
    }

    long writingNanos() {
        return writing;
    }

    long auditingNanos() {
        return auditing;
    }
}
