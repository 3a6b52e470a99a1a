package org.youcheng.network.internal;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;
import org.youcheng.network.GraphFilter;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieKind;

/**
 * Every tie a graph may hold (all but those an official list set aside), with what a {@link GraphFilter} looks at,
 * and the places on them: read from the database once per state of the tie table, then filtered in memory as often
 * as asked, so that a new filter value costs one pass over arrays instead of a query and a new read of the places.
 */
public final class TieSnapshot {

    /** A tie's signing date when it has none: before every period. */
    static final long UNDATED = Long.MIN_VALUE;

    private final String state;
    private final long[] domestic;
    private final long[] partner;
    private final TieKind[] kind;
    private final boolean[] ended;
    private final long[] signedDay;
    private final Map<Long, Place> places;

    /** One tie as read: its two places, kind, whether it ended, and its signing day (epoch day) or UNDATED. */
    public record Row(long domestic, long partner, TieKind kind, boolean ended, long signedDay) {}

    TieSnapshot(String state, java.util.List<Row> rows, Map<Long, Place> places) {
        this.state = state;
        int m = rows.size();
        this.domestic = new long[m];
        this.partner = new long[m];
        this.kind = new TieKind[m];
        this.ended = new boolean[m];
        this.signedDay = new long[m];
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            domestic[i] = r.domestic();
            partner[i] = r.partner();
            kind[i] = r.kind();
            ended[i] = r.ended();
            signedDay[i] = r.signedDay();
        }
        this.places = Map.copyOf(places);
    }

    String state() {
        return state;
    }

    int size() {
        return domestic.length;
    }

    long domestic(int tie) {
        return domestic[tie];
    }

    long partner(int tie) {
        return partner[tie];
    }

    Place place(long id) {
        return places.get(id);
    }

    /** The ties the filter picks, by their index here. */
    BitSet select(GraphFilter f) {
        long from = f.signedFrom() == null ? UNDATED : f.signedFrom().toEpochDay();
        long to = f.signedTo() == null ? Long.MAX_VALUE : f.signedTo().toEpochDay();
        boolean dated = f.dated();
        BitSet picked = new BitSet(domestic.length);
        for (int i = 0; i < domestic.length; i++) {
            if ((f.withEnded() || !ended[i])
                    && (f.kinds().isEmpty() || f.kinds().contains(kind[i]))
                    && (!dated || signedDay[i] != UNDATED && signedDay[i] >= from && signedDay[i] <= to)) {
                picked.set(i);
            }
        }
        return picked;
    }

    static long day(LocalDate date) {
        return date == null ? UNDATED : date.toEpochDay();
    }
}
