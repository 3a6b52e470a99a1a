package org.youcheng.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.youcheng.registry.internal.TieExportRepository;
import org.youcheng.registry.internal.TieRepository;

/**
 * The registry's ties as the other features read them, and the few changes they make outside {@link TieService}:
 * a tie by id or by its pair, the ties of places, a tie's statements and status history, the ties an official list
 * no longer names set aside or ended, and every tie streamed for an export. The tables are the registry's own
 * ({@code registry/internal}).
 */
@Component
public class Ties {

    /** A Chinese place with a live sister tie to a partner. */
    public record ChineseSister(long partnerId, long domesticId, String name) {}

    /** One exported tie and the name of its domestic side's parent (for counties and districts). */
    @FunctionalInterface
    public interface Exported {
        void accept(TieView view, String domesticParentName) throws Exception;
    }

    private final TieRepository ties;
    private final TieExportRepository exports;

    Ties(TieRepository ties, TieExportRepository exports) {
        this.ties = ties;
        this.exports = exports;
    }

    /** Changes with every insert, update and delete of a tie: what caches of figures over all ties are keyed by. */
    public String state() {
        return ties.state();
    }

    public Optional<Tie> find(long id) {
        return ties.find(id);
    }

    /** The tie between these two places, if they have one. */
    public Optional<Tie> findByPair(long domesticId, long partnerId) {
        return ties.findByPair(domesticId, partnerId);
    }

    /** Every tie of a place, on either side. */
    public List<TieView> ofPlace(long placeId) {
        return ties.viewsOf(List.of(placeId));
    }

    /** Every tie that has one of these places on either side. */
    public List<TieView> viewsOf(Collection<Long> placeIds) {
        return ties.viewsOf(placeIds);
    }

    /** The ties recorded last, newest first. */
    public List<TieView> latest(int limit) {
        return ties.latest(limit);
    }

    /** The Chinese places with a live sister tie to one of these partners, in one query. */
    public List<ChineseSister> chineseSistersOf(Collection<Long> partnerIds) {
        return ties.chineseSistersOf(partnerIds);
    }

    /** Every statement that supports a tie: the standing one first, then the others, oldest first. */
    public List<TieStatement> statements(Tie t) {
        return ties.statements(t);
    }

    /** The statuses a tie has had, oldest first. */
    public List<StatusChange> history(long tieId) {
        return ties.history(tieId);
    }

    /** Marks the standing statement of a tie as an accepted article's (its authority follows unless stronger). */
    public void markExtracted(long id) {
        ties.markExtracted(id);
    }

    /** Sets a reference tie aside: kept and shown, counted nowhere (an official list does not name it). */
    public void setAside(long id, LocalDate on, String reason, Instant now) {
        ties.setAside(id, on, reason, now);
    }

    /** Ends a tie on a day, with its reason, keeping its status history. */
    public void end(Tie t, LocalDate on, String reason, Instant now) {
        ties.end(t, on, reason, now);
    }

    /** Of these places, the ones that hold a tie a person stands behind: their figures count only such ties. */
    public Set<Long> withRecords(Collection<Long> placeIds) {
        return ties.withRecords(placeIds);
    }

    /** Streams every tie with both places (of these places only, unless null), in pages rather than all at once. */
    public void export(List<Long> placeIds, Exported each) {
        exports.stream(placeIds, each);
    }
}
