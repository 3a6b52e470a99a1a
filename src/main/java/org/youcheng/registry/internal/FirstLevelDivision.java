package org.youcheng.registry.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/** The first-level division a place lies in, as the reference data files it (its parents, up to eight levels). */
final class FirstLevelDivision {

    private FirstLevelDivision() {}

    /** The division above the place, or null when the reference data gives none. */
    static Gazetteer.Entry of(Gazetteer g, Gazetteer.Entry place) {
        Gazetteer.Entry e = place;
        for (int depth = 0; e != null && e.parentId() != 0 && depth < 8; depth++) {
            e = g.get(e.parentId());
            if (e != null && e.level() == Level.PROVINCE) {
                return e;
            }
        }
        return null;
    }

    /** The id of the division above the place, or 0 when the reference data gives none. */
    static long idOf(Gazetteer g, Gazetteer.Entry place) {
        Gazetteer.Entry d = of(g, place);
        return d == null ? 0 : d.id();
    }
}
