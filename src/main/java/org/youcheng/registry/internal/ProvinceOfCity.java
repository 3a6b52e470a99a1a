package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * A first-level division written with its own suffix (哈恩省, 那慕尔省, 索尔诺克州) of which the gazetteer has no Chinese
 * name, while it has the city the division is named after: the province of Jaén is named after Jaén, Namur's after
 * Namur, Jász-Nagykun-Szolnok county after Szolnok among others. When only cities were found for such a name, the
 * division of the same country named after one of them is taken, by its Latin name: "Province of" + the city's name,
 * or the first-level division the city lies in when the city's name is a word of the division's. The note names the
 * city and the division; several divisions stay candidates, for the choice to weigh and report.
 */
public final class ProvinceOfCity {

    private final Gazetteer g;

    public ProvinceOfCity(Gazetteer g) {
        this.g = g;
    }

    public ForeignLookup.Choice read(ForeignName fn, String country, ForeignLookup.Choice choice) {
        List<Gazetteer.Entry> found = choice.found();
        if (country == null
                || found.isEmpty()
                || found.stream().anyMatch(e -> e.level() == Level.PROVINCE)
                || (ForeignName.guessLevel(fn.full(), country) != Level.PROVINCE
                        && !fn.full().endsWith("大区"))
                || CharacterNames.notBySounds(country)) {
            return choice;
        }
        for (Gazetteer.Entry city : found) {
            Gazetteer.Entry parent = city.parentId() == 0 ? null : g.get(city.parentId());
            if (parent != null
                    && parent.level() == Level.PROVINCE
                    && (CandidateChoice.sameName(parent, city) || fn.full().endsWith("大区"))) {
                return choice; // the choice takes the city's own division, and says why (division_of_seat,
                // region_of_city)
            }
        }
        Set<Gazetteer.Entry> divisions = new LinkedHashSet<>();
        Gazetteer.Entry after = null;
        for (Gazetteer.Entry city : found) {
            String bare = bare(city);
            if (bare.isEmpty()) {
                continue;
            }
            List<Gazetteer.Entry> named = new ArrayList<>();
            for (Gazetteer.Entry p : g.byKey(Names.key("Province of " + bare))) {
                if (p.level() == Level.PROVINCE && p.country().equals(country)) {
                    named.add(p);
                }
            }
            named.addAll(byChineseName(city, country, fn.full()));
            Gazetteer.Entry own = FirstLevelDivision.of(g, city);
            if (own != null && own.nameEn() != null && words(own.nameEn()).contains(words(city.nameEn()))) {
                named.add(own);
            }
            if (!named.isEmpty() && after == null) {
                after = city;
            }
            divisions.addAll(named);
        }
        if (divisions.isEmpty()) {
            return choice;
        }
        List<Gazetteer.Entry> taken = List.copyOf(divisions);
        return choice.with(
                taken,
                ResolverNote.of(
                        "province_of_city",
                        fn.written(),
                        after.name(),
                        taken.get(0).name()));
    }

    /**
     * The divisions of the country whose Chinese name is the city's with words between it and the suffix written
     * (布鲁塞尔大区: 布鲁塞尔首都大区, the Brussels-Capital Region).
     */
    private Set<Gazetteer.Entry> byChineseName(Gazetteer.Entry city, String country, String written) {
        String stem = city.nameZh() == null ? "" : Names.stripSuffix(Names.full(city.nameZh()));
        String suffix = written.endsWith("大区") ? "大区" : Names.zhSuffix(written);
        Set<Gazetteer.Entry> found = new LinkedHashSet<>();
        if (stem.length() < 2 || suffix.isEmpty() || !written.startsWith(stem)) {
            return found;
        }
        for (Gazetteer.Spelling s : g.spellings(country)) {
            Gazetteer.Entry p = s.place();
            if (p.level() == Level.PROVINCE && p.nameZh() != null) {
                String name = Names.full(p.nameZh());
                if (name.startsWith(stem) && name.endsWith(suffix) && name.length() > stem.length() + suffix.length()) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** The city's Latin name without its designation, in lower case (Jaén City → jaén); "" when it has none. */
    private static String bare(Gazetteer.Entry city) {
        if (city.nameEn() == null || Names.hasHan(city.nameEn())) {
            return "";
        }
        String key = Names.key(city.nameEn());
        return key.length() < 3 ? "" : key;
    }

    /**
     * The Latin name's words without accents and designation, each between spaces (Jász-Nagykun-Szolnok County:
     * " jasz nagykun szolnok ").
     */
    private static String words(String latin) {
        String plain = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\b(city|county|province|of)\\b", " ");
        return " " + String.join(" ", plain.strip().split("[^\\p{L}]+")) + " ";
    }
}
