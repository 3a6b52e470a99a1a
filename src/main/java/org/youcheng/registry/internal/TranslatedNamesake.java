package org.youcheng.registry.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * A country's place that the reference data knows by its Latin name only, written in Chinese as its namesake elsewhere
 * is written: a translator takes the established Chinese name of the better-known place (比利时卢森堡省 is the Belgian
 * province Luxembourg, as 卢森堡 is Luxembourg; 林堡省 of Belgium is Limburg, as the Dutch province 林堡省 is). The
 * Latin names are compared without their designations (Province, County …).
 */
final class TranslatedNamesake {

    private TranslatedNamesake() {}

    /**
     * The places of the country at the level (PROVINCE: first-level divisions only; CITY: any other; null: any) that
     * bear the Latin name of a place of another country known by one of the name's Chinese keys.
     */
    static List<Gazetteer.Entry> in(Gazetteer g, String full, String country, Level level) {
        if (country == null) {
            return List.of();
        }
        Set<String> latin = new HashSet<>();
        for (String key : ForeignName.keys(full)) {
            if (key.length() < 2 || !Names.hasHan(key)) {
                continue;
            }
            for (Gazetteer.Entry e : g.byKey(key)) {
                if (!country.equals(e.country())
                        && !"CN".equals(e.country())
                        && e.nameEn() != null
                        && !Names.hasHan(e.nameEn())) {
                    latin.add(RegionNamesakes.bare(e.nameEn()));
                }
            }
        }
        if (latin.isEmpty()) {
            return List.of();
        }
        Set<Gazetteer.Entry> found = new LinkedHashSet<>();
        for (Gazetteer.Spelling s : g.latinSpellings(country)) {
            Gazetteer.Entry e = s.place();
            boolean atLevel = level == null || (level == Level.PROVINCE) == (e.level() == Level.PROVINCE);
            // the country's Latin keys are letters only (Gazetteer.latinSpellings), compared without designation
            if (atLevel && latin.contains(LatinReading.withoutDesignation(s.key()))) {
                found.add(e);
            }
        }
        return List.copyOf(found);
    }
}
