package org.youcheng.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * The places of a region written in front of a name that bear the Latin name of a namesake found elsewhere: the
 * Chinese name is filed under one place of a name many places share (朗维尤 is Longview, Texas), and the place of the
 * region the table means (Longview, Washington) is known by its Latin name only. Of the same level as the namesake.
 */
final class RegionNamesakes {

    private RegionNamesakes() {}

    static List<Gazetteer.Entry> latinNamesakesIn(
            Gazetteer g, List<Gazetteer.Entry> elsewhere, Gazetteer.Entry region) {
        LinkedHashSet<Gazetteer.Entry> found = new LinkedHashSet<>();
        for (Gazetteer.Entry e : elsewhere) {
            if (e.nameEn() == null || Names.hasHan(e.nameEn())) {
                continue;
            }
            for (Gazetteer.Entry p : g.byKey(Names.key(e.nameEn()))) {
                if (p.country().equals(region.country()) && p.level() == e.level() && g.within(p, region.id())) {
                    found.add(p);
                }
            }
        }
        return List.copyOf(found);
    }
}
