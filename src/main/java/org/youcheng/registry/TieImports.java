package org.youcheng.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.youcheng.registry.internal.TieBulkRepository;
import org.youcheng.security.AuditTrail;

/**
 * The registry as an import of a tie table writes to it, set by set rather than tie by tie: the ties the file's
 * pairs have now, the new ties in batches, the changed ones, their changes of status and audit records, and the
 * import run that names them all. The tables are the registry's own ({@code registry/internal}).
 */
@Component
public class TieImports {

    /** A tie as it stands, to compare an imported row with; {@code origin} says who made its standing statement. */
    public record Existing(long id, TieDraft draft, Provenance origin) {

        public Existing(long id, TieDraft draft) {
            this(id, draft, Provenance.RECORDED);
        }

        /** Whether a row's statement replaces one from another source, which must then be kept beside it. */
        public boolean replacedBy(TieDraft row) {
            return TieStatement.fromElsewhere(origin, draft.source(), row.source());
        }
    }

    /**
     * A row that changes an existing tie; {@code keepStanding}: the statement it replaces is kept beside it;
     * {@code before}: the tie as it was, for its audit record.
     */
    public record Change(long id, TieDraft draft, boolean keepStanding, TieDraft before) {}

    /** A change of status an import makes: the tie, its status before and its new one. */
    public record StatusChangeRow(long tieId, TieStatus from, TieStatus to) {}

    /** The new ties of one import, written in batches; {@link #finish()} once they are all written. */
    public interface Load {
        /** Writes these ties, telling {@code written} how many of them are written so far. */
        void insert(List<TieDraft> drafts, LongConsumer written);

        /** Checks what the writing left to the end; throws when the import must not commit. */
        void finish();
    }

    private final TieBulkRepository bulk;

    TieImports(TieBulkRepository bulk) {
        this.bulk = bulk;
    }

    /** The key of a pair of places in the maps of {@link #existing}. */
    public static long pairKey(long domesticId, long partnerId) {
        return TieBulkRepository.pairKey(domesticId, partnerId);
    }

    /** How many checked rows an import should gather before it hands them to {@link Load#insert}. */
    public int runSize() {
        return bulk.runSize();
    }

    /** The ties these pairs have now, by {@link #pairKey}; pairs without one are absent. */
    public Map<Long, Existing> existing(Collection<TieDraft> pairs) {
        return bulk.existing(pairs);
    }

    /** Every tie's id by its pair's {@link #pairKey}: an activity import puts its rows on the ties of their pairs. */
    public Map<Long, Long> idsByPair() {
        return bulk.idsByPair();
    }

    /** The places on each side of the ties there are now: {domestic ids, partner ids}. */
    public List<Set<Long>> sidesWithTies() {
        return bulk.sidesWithTies();
    }

    /** Partner id → Chinese places with a live sister tie to it. */
    public Map<Long, List<Long>> liveSisters() {
        return bulk.liveSisters();
    }

    /** Starts the record of an import run (a file read and written); returns its id. */
    public long startRun(String file, String format, Instant at) {
        return bulk.startRun(file, format, at);
    }

    public void finishRun(long id, Instant at, int added, int updated, int unchanged, int places) {
        bulk.finishRun(id, at, added, updated, unchanged, places);
    }

    /** Starts writing the new ties of one import. */
    public Load load(long importId, Instant at) {
        return bulk.load(importId, at);
    }

    /** Writes the rows that change existing ties, keeping the statements they replace where those came from elsewhere. */
    public void update(List<Change> changed, long importId, Instant at) {
        bulk.update(changed, importId, at);
    }

    public void addStatus(List<StatusChangeRow> changed, long importId, Instant at) {
        bulk.addStatus(changed, importId, at);
    }

    /** The highest tie id so far (0 without ties): the ties written after it have higher ones. */
    public long lastTieId() {
        return bulk.lastTieId();
    }

    /** One audit record per tie an import added with an id in {@code (afterId, upToId]}. */
    public int auditAdded(long importId, Instant createdAt, AuditTrail.Stamp who, long afterId, long upToId) {
        return bulk.auditAdded(importId, createdAt, who, afterId, upToId);
    }

    /** Fresh planner statistics after an import that wrote many rows. */
    public void refreshStatistics() {
        bulk.refreshStatistics();
    }
}
