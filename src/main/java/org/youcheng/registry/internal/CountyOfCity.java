package org.youcheng.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * A county or district written with its suffix (弗莱辛地区, 富尔达大区, 达拉斯县) of which the gazetteer has no Chinese name,
 * while it has the town the county is named after: Landkreis Freising is named after Freising, Dallas County after
 * Dallas. When only towns were found for a name written with 县, 郡, 地区 or 大区, the county of the same country that
 * bears the town's Latin name with its designation (Freising District, Dallas County) is taken, in the town's
 * first-level division when both are known. Never in the countries whose names Chinese writes by their characters,
 * where a 郡 or 县 is another unit. The note names the town; several counties stay candidates for the choice.
 */
public final class CountyOfCity {

    private static final List<String> SUFFIXES = List.of("县", "郡", "地区", "大区");

    private final Gazetteer g;

    public CountyOfCity(Gazetteer g) {
        this.g = g;
    }

    public ForeignLookup.Choice read(ForeignName fn, String country, ForeignLookup.Choice choice) {
        String full = Names.simplified(fn.full());
        if (country == null
                || choice.found().isEmpty()
                || choice.found().stream().anyMatch(e -> e.level() != Level.CITY)
                || CharacterNames.notBySounds(country)
                || SUFFIXES.stream().noneMatch(full::endsWith)) {
            return choice;
        }
        Set<Gazetteer.Entry> counties = new LinkedHashSet<>();
        Gazetteer.Entry after = null;
        for (Gazetteer.Entry town : choice.found()) {
            if (town.nameEn() == null
                    || Names.hasHan(town.nameEn())
                    || Names.key(town.nameEn()).length() < 3) {
                continue;
            }
            for (Gazetteer.Entry c : g.byKey(Names.key(town.nameEn()))) {
                if (c.level() == Level.COUNTY && c.country().equals(country) && sameDivision(town, c)) {
                    counties.add(c);
                    after = after == null ? town : after;
                }
            }
        }
        if (counties.isEmpty()) {
            return choice;
        }
        List<Gazetteer.Entry> taken = List.copyOf(counties);
        return choice.with(
                taken,
                ResolverNote.of(
                        "county_of_city",
                        fn.written(),
                        after.name(),
                        taken.get(0).name()));
    }

    private boolean sameDivision(Gazetteer.Entry a, Gazetteer.Entry b) {
        long da = FirstLevelDivision.idOf(g, a);
        long db = FirstLevelDivision.idOf(g, b);
        return da == 0 || db == 0 || da == db;
    }
}
