package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/** The ties an article has stated so far, as one sentence looks back on them (两市 refer to a pair read before). */
final class EarlierTies {

    private final List<TieFinder.Found> out;
    private final int from;

    EarlierTies(List<TieFinder.Found> out, int from) {
        this.out = out;
        this.from = from;
    }

    /** The last tie read before the sentence, if it ends at most {@code reach} characters before it; else null. */
    TieFinder.Found lastBefore(int reach) {
        TieFinder.Found last = null;
        for (TieFinder.Found f : out) {
            if (f.start() < from && (last == null || f.start() >= last.start())) {
                last = f;
            }
        }
        return last != null && from - last.end() <= reach ? last : null;
    }

    /** The Chinese side of the last tie read before the sentence with a foreign place of the same name, or null. */
    Gazetteer.Entry sideOf(Mention f) {
        String key = Names.stripSuffix(Names.full(f.name()));
        Gazetteer.Entry side = null;
        for (TieFinder.Found found : out) {
            if (found.start() < from
                    && Names.stripSuffix(Names.full(found.partner().name())).equals(key)) {
                side = found.domestic();
            }
        }
        return side;
    }

    /** Whether a tie with this foreign place (or a name that overlaps it) has been recorded in the sentence. */
    boolean recorded(Mention f) {
        for (TieFinder.Found found : out) {
            Mention p = found.partner();
            if (found.start() <= f.start() && f.start() < found.end() && p.start() < f.end() && f.start() < p.end()) {
                return true;
            }
        }
        return false;
    }
}
