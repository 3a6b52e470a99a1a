package org.youcheng.registry;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Resolves names as people write them to places: 青岛, 青岛市, Qingdao and 山东省青岛市 are one place;
 * 俄罗斯彼尔姆市 is Perm in Russia; 华盛顿州塔科马市 is Tacoma under Washington. The country is the main
 * clue for a foreign name, the parent division for a Chinese one. Ambiguity on the Chinese side is an error
 * that names the candidates; on the foreign side the best-known candidate is chosen and the choice reported.
 */
public final class PlaceResolver {

    private final Gazetteer g;

    public PlaceResolver(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /**
     * The outcome: a place, or a place to be created (country and level), with an optional note; or an error.
     * {@code weighed}: several places fit and the choice weighed the Chinese side (its level and its ties), so the
     * same name may resolve otherwise for another Chinese side.
     */
    public record Resolution(Gazetteer.Entry place, String country, Level newLevel, String newName, String note,
                             String error, boolean weighed) {
        public static Resolution found(Gazetteer.Entry e, String note) {
            return new Resolution(e, e.country(), e.level(), null, note, null, false);
        }

        static Resolution chosen(Gazetteer.Entry e, String note) {
            return new Resolution(e, e.country(), e.level(), null, note, null, true);
        }

        static Resolution error(String message) {
            return new Resolution(null, null, null, null, null, message, false);
        }

        public boolean ok() {
            return error == null;
        }

        public boolean isNew() {
            return error == null && place == null;
        }
    }

    /** Whether a text names a country (any alias: 蒙古国, 刚果(布), Korea). */
    public boolean knowsCountry(String text) {
        return g.country(text) != null;
    }

    /** The Chinese side: a province, prefecture, county or district; never created. */
    public Resolution domestic(String name) {
        if (name == null || name.isBlank()) {
            return Resolution.error("the Chinese side is empty");
        }
        String full = Names.full(name);
        String[] cn = g.countryPrefix(full);
        if (cn != null && "CN".equals(cn[0]) && !cn[1].isEmpty()) {
            full = cn[1];
        }
        List<Gazetteer.Entry> found = chinese(full, 0);
        if (found.isEmpty()) {
            return Resolution.error("unknown Chinese place '" + name + "'");
        }
        if (found.size() > 1) {
            return Resolution.error("'" + name + "' is ambiguous: " + describe(found)
                    + "; write it with its province or city, e.g. " + qualified(found.get(0)));
        }
        return Resolution.found(found.get(0), null);
    }

    private List<Gazetteer.Entry> chinese(String full, long under) {
        List<Gazetteer.Entry> found = g.byKey(Names.stripSuffix(full)).stream()
                .filter(e -> "CN".equals(e.country()) && (under == 0 || g.within(e, under)))
                .toList();
        found = narrow(found, full);
        if (!found.isEmpty()) {
            return found;
        }
        for (int i = full.length() - 2; i >= 2; i--) {
            List<Gazetteer.Entry> parents = narrow(g.byKey(Names.stripSuffix(full.substring(0, i))).stream()
                    .filter(e -> "CN".equals(e.country()) && e.level().tier() <= 2 && (under == 0 || g.within(e, under)))
                    .toList(), full.substring(0, i));
            for (Gazetteer.Entry parent : parents) {
                List<Gazetteer.Entry> inner = chinese(full.substring(i), parent.id());
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return List.of();
    }

    /** Several candidates: keep those whose name matches with its suffix too (朝阳区 over 朝阳市). */
    private static List<Gazetteer.Entry> narrow(List<Gazetteer.Entry> found, String full) {
        if (found.size() < 2) {
            return found;
        }
        List<Gazetteer.Entry> exact = found.stream().filter(e -> Names.full(e.name()).equals(full)
                || (e.nameEn() != null && Names.full(e.nameEn()).equals(full))).toList();
        return exact.isEmpty() ? found : exact;
    }

    /** The foreign side, with the country as written in its own column (may be blank) or in front of the name. */
    public Resolution partner(String name, String countryText) {
        return partner(name, countryText, null);
    }

    /**
     * The foreign side, with the Chinese side of the tie as context: its level (a province's partner is usually a
     * province) and its existing ties decide between places of one name, after the country, the written suffix and a
     * region given; then the larger place. Whenever several places fit, the note names them and says why one won.
     */
    public Resolution partner(String name, String countryText, Gazetteer.Entry domestic) {
        if (name == null || name.isBlank()) {
            return Resolution.error("the partner is empty");
        }
        String country = null;
        if (countryText != null && !countryText.isBlank()) {
            country = g.country(countryText);
            if (country == null) {
                return Resolution.error("unknown country '" + countryText.strip() + "'");
            }
        }
        ForeignName fn = ForeignName.of(name);
        boolean countryColumn = country != null;
        // the country in front of the name (日本下关市); of several readings (刚果金 or 刚果 in 刚果金沙萨) the first
        // whose rest names a place; a name that begins with its country's name keeps it (墨西哥城, 科威特城)
        String[] strip = null;
        for (String[] prefix : g.countryPrefixes(fn.full())) {
            if (prefix[1].isEmpty() || (country != null && !country.equals(prefix[0]))) {
                continue;
            }
            if (Names.stripSuffix(prefix[1]).length() < 2 || prefix[1].equals("城")) {
                strip = null;
                country = prefix[0];
                break;
            }
            if (!lookup(prefix[1], prefix[0]).isEmpty() && lookup(fn.full(), prefix[0]).isEmpty()) {
                strip = prefix;
                break;
            }
            if (strip == null && lookup(fn.full(), prefix[0]).isEmpty()) {
                strip = prefix;
            }
        }
        if (strip != null && lookup(strip[1], strip[0]).isEmpty()) {
            // a shorter country name may leave a rest that names a place of the longer one's country (刚果金沙萨:
            // 刚果 and 金沙萨, in 刚果金's country, the Democratic Republic of the Congo)
            strip = restInAnotherReading(g.countryPrefixes(fn.full()), country, strip);
        }
        if (strip != null && countryColumn && lookup(strip[1], strip[0]).isEmpty()) {
            // nothing known either way, and the country has its own column: the name is as written (巴西利亚联邦区)
            strip = null;
        }
        if (strip != null) {
            country = strip[0];
            fn = fn.rest(strip[1], stripWrittenPrefix(fn.written(), strip[1]));
        } else if (country == null && !g.countryPrefixes(fn.full()).isEmpty()) {
            country = g.countryPrefixes(fn.full()).get(0)[0];
        }
        FrontReading front = null;
        if (strip == null && g.countryPrefixes(fn.full()).isEmpty() && lookup(fn.full(), country).isEmpty()) {
            front = shortForm(fn, country, domestic);
        }
        if (front == null && fn.bracketed() == null && lookup(fn.full(), country).isEmpty()
                && foreign(fn, country, domestic).found().isEmpty()) {
            front = regionInFront(fn, country);
        }
        if (front != null) {
            fn = front.rest();
            country = front.country();
        }
        Choice choice = foreign(fn, country, domestic);
        if (choice.found().isEmpty() && country != null) {
            choice = unknownSpelling(fn, country, choice);
        } else if (fn.latin() != null && choice.found().size() > 1) {
            // several places of the Chinese name: the Latin name written beside it tells them apart
            java.util.Set<Gazetteer.Entry> latin = new java.util.HashSet<>(lookup(Names.full(fn.latin()), country));
            List<Gazetteer.Entry> both = choice.found().stream().filter(latin::contains).toList();
            if (!both.isEmpty() && both.size() < choice.found().size()) {
                choice = new Choice(both, choice.region(), choice.regionName(), "; the Latin name written beside it, '"
                        + fn.latin() + "', leaves " + both.size() + " of " + choice.found().size());
            }
        }
        if (front != null) {
            choice = new Choice(choice.found(), choice.region(), choice.regionName(), front.note() + choice.because());
        }
        if (!choice.found().isEmpty()) {
            return choose(name.strip(), fn, choice, domestic);
        }
        if (country == null) {
            return Resolution.error("unknown place '" + name.strip() + "': give its country (partner_country)");
        }
        String written = fn.written();
        return new Resolution(null, country, guessLevel(Names.full(written), country), written, choice.because().isEmpty()
                ? null : "'" + name.strip() + "' is not in the gazetteer" + choice.because(), null, false);
    }

    /**
     * Of the readings of a name with a country in front, the first whose rest names a place in the country of any
     * reading (the country column, when given, must agree); else the reading kept so far.
     */
    private String[] restInAnotherReading(List<String[]> prefixes, String country, String[] kept) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        prefixes.forEach(p -> codes.add(p[0]));
        for (String[] prefix : prefixes) {
            for (String code : codes) {
                if (!prefix[1].isEmpty() && (country == null || country.equals(code))
                        && Names.stripSuffix(prefix[1]).length() >= 2 && !lookup(prefix[1], code).isEmpty()) {
                    return new String[] {code, prefix[1]};
                }
            }
        }
        return kept;
    }

    /**
     * No place has the name as written, in a known country: the Latin name written beside it (奈良市 Nara); the name
     * after a region in front that the gazetteer does not know (马里兰州巴尔的摩市); the short form of a compound
     * division (北威州); else the closest spelling (卡迪夫市 for 加的夫), see {@link SpellingMatch}.
     */
    private Choice unknownSpelling(ForeignName fn, String country, Choice none) {
        if (fn.latin() != null) {
            List<Gazetteer.Entry> found = lookup(Names.full(fn.latin()), country);
            if (!found.isEmpty()) {
                return new Choice(found, none.region(), none.regionName(), "; found by the Latin name written beside it, '"
                        + fn.latin() + "'");
            }
        }
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            // a region of two characters is its short form (加州 for 加利福尼亚州, 德州 for 得克萨斯州)
            String region = full.substring(0, i);
            if (!ForeignName.divisionSuffix(region, country) && !(region.length() == 2 && region.endsWith("州"))) {
                continue;
            }
            String innerFull = full.substring(i);
            List<Gazetteer.Entry> inner = lookup(innerFull, country).stream()
                    .filter(e -> e.level() != Level.PROVINCE || ForeignName.divisionSuffix(innerFull, country))
                    .toList();
            if (!inner.isEmpty()) {
                return new Choice(inner, 0, null, "; the region written in front, '" + region
                        + "', is not in the gazetteer: the place was found by the rest of the name");
            }
        }
        SpellingMatch spelling = new SpellingMatch(g);
        List<Gazetteer.Entry> short_ = spelling.abbreviated(full, country);
        if (!short_.isEmpty()) {
            return new Choice(short_, none.region(), none.regionName(), "; '" + fn.written() + "' read as the short form "
                    + "of " + short_.get(0).name() + " (first character of each part of the name)");
        }
        SpellingMatch.Result close = spelling.closest(full, country, ForeignName.divisionSuffix(full, country)
                ? Level.PROVINCE : null);
        if (close.accepted()) {
            List<Gazetteer.Entry> places = withNamesakeCities(close.places(), full, country);
            return new Choice(places, none.region(), none.regionName(), "; no place is spelt '" + fn.written()
                    + "': " + close.describe(this::describeForeign) + (places.size() > close.places().size()
                    ? "; the cities of the division's name are candidates too, as the name is not written as a "
                    + "division" : ""));
        }
        String spelt = close.candidates().isEmpty() ? ""
                : "; close spellings, none chosen: " + close.describe(this::describeForeign);
        // the reference data knows the place by another Chinese name, or by its Latin name only: read it by its sounds
        LatinReading.Result heard = new LatinReading(g).closest(full, country, ForeignName.divisionSuffix(full, country)
                ? Level.PROVINCE : full.endsWith("市") ? Level.CITY : null);
        if (heard.accepted()) {
            return new Choice(heard.places(), none.region(), none.regionName(), "; no place is spelt '" + fn.written()
                    + "': " + heard.describe(this::describeForeign) + spelt);
        }
        Gazetteer.Entry both = readAndSpelt(heard, close);
        if (both != null) {
            return new Choice(List.of(both), none.region(), none.regionName(), "; no place is spelt '" + fn.written()
                    + "': of the places that read alike by their sounds, " + describeForeign(both) + " alone is also "
                    + "the closest spelling (check it); places that read alike: " + heard.describe(this::describeForeign)
                    + spelt);
        }
        return new Choice(List.of(), none.region(), none.regionName(), spelt + (heard.candidates().isEmpty() ? ""
                : "; places that read alike, none chosen: " + heard.describe(this::describeForeign)));
    }

    /**
     * Two readings that each fall short agree: of the places that read alike by their sounds, too close to tell apart
     * (Solapur and Shorāpur), the one that is also the closest Chinese spelling (索拉布尔 for 绍拉普尔); else null.
     */
    private static Gazetteer.Entry readAndSpelt(LatinReading.Result heard, SpellingMatch.Result close) {
        if (heard.candidates().isEmpty() || close.candidates().isEmpty()
                || heard.candidates().get(0).similarity() < LatinReading.ACCEPT_SCORE) {
            return null;
        }
        double top = heard.candidates().get(0).similarity();
        java.util.Set<Gazetteer.Entry> spelt = new java.util.HashSet<>(close.candidates().get(0).places());
        List<Gazetteer.Entry> agreed = heard.candidates().stream()
                .filter(c -> top - c.similarity() < LatinReading.MARGIN).map(LatinReading.Scored::place)
                .filter(spelt::contains).distinct().toList();
        return agreed.size() == 1 ? agreed.get(0) : null;
    }

    /**
     * Divisions found by their spelling for a name not written as a division: with the cities of the country that
     * bear the division's English name without its designation (Nelson Region: Nelson), for the usual level choice.
     */
    private List<Gazetteer.Entry> withNamesakeCities(List<Gazetteer.Entry> places, String full, String country) {
        if (ForeignName.divisionSuffix(full, country) || places.stream().anyMatch(e -> e.level() != Level.PROVINCE)) {
            return places;
        }
        java.util.LinkedHashSet<Gazetteer.Entry> all = new java.util.LinkedHashSet<>(places);
        for (Gazetteer.Entry division : places) {
            if (division.nameEn() == null) {
                continue;
            }
            String bare = DIVISION_WORD.matcher(division.nameEn()).replaceAll("").strip();
            if (bare.length() >= 3 && !bare.equalsIgnoreCase(division.nameEn())) {
                g.byKey(Names.key(bare)).stream()
                        .filter(e -> e.country().equals(country) && e.level() != Level.PROVINCE).forEach(all::add);
            }
        }
        return List.copyOf(all);
    }

    private static final java.util.regex.Pattern DIVISION_WORD = java.util.regex.Pattern.compile(
            "(?i)\\s+(region|district|province|prefecture|county|state|oblast|governorate|department)$");

    /** Candidates for a name, the region they were found under (0 when none was written), how they were found. */
    private record Choice(List<Gazetteer.Entry> found, long region, String regionName, String because) {
        Choice(List<Gazetteer.Entry> found, long region, String regionName) {
            this(found, region, regionName, "");
        }
    }

    private Choice foreign(ForeignName fn, String country, Gazetteer.Entry domestic) {
        long hint = 0;
        String hintName = null;
        if (fn.bracketed() != null) {
            Gazetteer.Entry r = region(Names.full(fn.bracketed()), country);
            if (r != null) {
                hint = r.id();
                hintName = r.name();
            }
        }
        List<Gazetteer.Entry> found = lookup(fn.full(), country);
        if (!found.isEmpty()) {
            return new Choice(found, hint, hintName);
        }
        // a region written in front: 华盛顿州塔科马市, 静冈县滨松市, 京畿道水原市, 列宁格勒州加特契纳市
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            Gazetteer.Entry region = region(full.substring(0, i), country);
            if (region == null) {
                continue;
            }
            String c = region.country();
            String innerFull = full.substring(i);
            List<Gazetteer.Entry> inner = lookup(innerFull, c).stream()
                    .filter(e -> e.level() != Level.PROVINCE || ForeignName.divisionSuffix(innerFull, c))
                    .toList();
            if (!inner.isEmpty()) {
                return new Choice(inner, region.id(), region.name());
            }
        }
        return new Choice(List.of(), hint, hintName);
    }

    /** A reading of the front of a name that gives its country: the rest of the name, the country, the note's words. */
    private record FrontReading(ForeignName rest, String country, String note) {
    }

    /** The country by its one-character short form in front (俄哈巴罗夫斯克市), when the rest names a place there. */
    private FrontReading shortForm(ForeignName fn, String country, Gazetteer.Entry domestic) {
        String[] split = CountryShortForm.split(fn.full());
        if (split == null || (country != null && !country.equals(split[0]))) {
            return null;
        }
        ForeignName rest = fn.rest(split[1], stripWrittenPrefix(fn.written(), split[1]));
        if (foreign(rest, split[0], domestic).found().isEmpty()) {
            return null;
        }
        return new FrontReading(rest, split[0], "; '" + fn.written().substring(0, 1)
                + "' in front read as the short form of the country " + split[0]);
    }

    /**
     * A known region in front of a name the gazetteer does not hold as written (伯南布哥州彼得罗利纳市): the rest is read in
     * the region's country, by spelling and sounds too, the region kept as a clue as if written in brackets.
     */
    private FrontReading regionInFront(ForeignName fn, String country) {
        int cut = frontRegionEnd(fn.full(), country);
        if (cut == 0) {
            return null;
        }
        String region = fn.full().substring(0, cut);
        String regionCountry = regionCountry(region, country);
        return new FrontReading(new ForeignName(fn.written(), fn.full().substring(cut), region, fn.latin()), regionCountry,
                "; the region written in front, '" + region + "', is in " + regionCountry
                        + ": the rest of the name was read there");
    }

    /**
     * Where the rest of the name begins after the longest front part that names first-level divisions of one country
     * (the country given, or any when none is known), the rest two characters or more before its suffix; 0 if none.
     */
    private int frontRegionEnd(String full, String country) {
        for (int i = full.length() - 2; i >= 2; i--) {
            if (regionCountry(full.substring(0, i), country) != null
                    && CountryShortForm.core(full.substring(i)).length() >= 2) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The country of the first-level divisions a written region names, when they all lie in one (伯南布哥州 is both the
     * state and the imperial province of Pernambuco: the country is clear, the division is not); else null.
     */
    private String regionCountry(String full, String country) {
        List<String> countries = lookup(full, country).stream()
                .filter(e -> e.level() == Level.PROVINCE && !"CN".equals(e.country()))
                .map(Gazetteer.Entry::country).distinct().toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    /** The first-level division a written region names in the country (or anywhere when none is known). */
    private Gazetteer.Entry region(String full, String country) {
        List<Gazetteer.Entry> found = lookup(full, country).stream()
                .filter(e -> e.level() == Level.PROVINCE && !"CN".equals(e.country())).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Foreign places filed under any key of the name, in the country when it is known. */
    private List<Gazetteer.Entry> lookup(String full, String country) {
        java.util.LinkedHashSet<Gazetteer.Entry> found = new java.util.LinkedHashSet<>();
        for (String key : ForeignName.keys(full)) {
            for (Gazetteer.Entry e : g.byKey(key)) {
                if (country == null || e.country().equals(country)) {
                    found.add(e);
                }
            }
        }
        return List.copyOf(found);
    }

    private Resolution choose(String written, ForeignName fn, Choice choice, Gazetteer.Entry domestic) {
        List<Gazetteer.Entry> found = choice.found();
        String full = fn.full();
        Level wanted = wantedLevel(full, found, domestic);
        List<Gazetteer.Entry> ranked = found.stream().sorted(preference(full, wanted, choice.region(), domestic)).toList();
        Gazetteer.Entry best = ranked.get(0);
        String because = choice.because();
        if (wanted == Level.PROVINCE && best.level() != Level.PROVINCE) {
            // a division named after its capital (北榄坡府: the city 那空沙旺 is the seat of 那空沙旺府)
            Gazetteer.Entry parent = best.parentId() == 0 ? null : g.get(best.parentId());
            if (parent != null && parent.level() == Level.PROVINCE && sameName(parent, best)) {
                because += "; " + best.name() + " is a city and the name is written as a first-level division: the "
                        + "division of the same name, whose seat it is";
                best = parent;
            } else if (parent != null && parent.level() == Level.PROVINCE && full.endsWith("大区")
                    && largestPlaceIn(parent) == best) {
                // a region called by its city (巴黎大区 is Île-de-France, 布鲁塞尔大区 the Brussels-Capital Region)
                because += "; " + best.name() + " is a city and the name is written as the region (大区) of it: the "
                        + "first-level division " + parent.name() + ", whose largest place it is (check it)";
                best = parent;
            }
        }
        boolean suffixed = ForeignName.divisionSuffix(full, best.country()) || !Names.zhSuffix(full).isEmpty()
                || full.endsWith("城");
        if (suffixed && levelClass(best.level()) != levelClass(wanted)) {
            // the name matches only at the other level: a place of the wanted level spelt alike is the better reading
            // (吉布提市: the region 吉布提地区 is spelt so, the city 吉布地)
            SpellingMatch.Result close = new SpellingMatch(g).closest(full, best.country(), wanted == Level.PROVINCE
                    ? Level.PROVINCE : Level.CITY);
            if (close.accepted()) {
                because += "; " + best.name() + " is a " + (best.level() == Level.PROVINCE ? "first-level division"
                        : "city") + " and the name asks for a " + (wanted == Level.PROVINCE ? "first-level division"
                        : "city") + ": " + close.describe(this::describeForeign);
                ranked = close.places().stream().sorted(preference(full, wanted, choice.region(), domestic)).toList();
                best = ranked.get(0);
            }
        }
        if (wanted == Level.CITY && best.level() == Level.PROVINCE && (full.endsWith("市") || full.endsWith("城"))) {
            // a city written with its region's name (第聂伯罗彼得罗夫斯克市: the oblast kept the city's former name)
            Gazetteer.Entry capital = g.children(best.id()).stream().filter(e -> e.level() != Level.PROVINCE)
                    .max(java.util.Comparator.comparingLong(e -> g.population(e.id()))).orElse(null);
            if (capital != null && g.population(capital.id()) > 0) {
                because += "; " + best.name() + " is a first-level division and the name is written as a city: its "
                        + "largest city";
                best = capital;
            }
        }
        if (suffixed && levelClass(best.level()) != levelClass(wanted)) {
            because += "; the name is written as a " + (wanted == Level.PROVINCE ? "first-level division" : "city")
                    + " but no such place of the name is known: check it";
        }
        if (ranked.size() < 2 && because.isEmpty()) {
            return Resolution.found(best, null);
        }
        if (ranked.size() < 2) {
            return Resolution.found(best, "'" + written + "' → " + describeForeign(best) + because);
        }
        String reason = reason(ranked, wanted, choice, domestic) + because;
        return Resolution.chosen(best, "'" + written + "' has " + ranked.size() + " candidate"
                + (ranked.size() == 1 ? "" : "s") + ": " + ranked.stream().limit(6).map(this::describeForeign)
                .collect(Collectors.joining("; ")) + (ranked.size() > 6 ? "; …" : "") + " — chose "
                + describeForeign(best) + reason);
    }

    /** The level the name asks for: its suffix; else a province's partner is a province, a city's a city. */
    /**
     * Whether a Chinese side asks for a province as its partner when the name does not say: a province does; a
     * municipality (北京市), a province that twins cities, does not. The one clue from the Chinese side besides its ties.
     */
    public static boolean asksForProvince(Gazetteer.Entry domestic) {
        return domestic != null && domestic.level() == Level.PROVINCE
                && !TieRules.municipality(domestic.level(), domestic.nameZh());
    }

    private static Level wantedLevel(String full, List<Gazetteer.Entry> found, Gazetteer.Entry domestic) {
        String country = found.get(0).country();
        if (ForeignName.divisionSuffix(full, country)
                || (!full.endsWith("市") && !full.endsWith("城") && found.stream()
                        .anyMatch(e -> e.level() == Level.PROVINCE && Names.full(e.nameZh()).equals(full)))) {
            // the suffix says so, or a division's own name carries the written suffix (基苏木郡 for a county of Kenya)
            return Level.PROVINCE;
        }
        if (!Names.zhSuffix(full).isEmpty() || full.endsWith("城")) {
            return guessLevel(full, country);
        }
        // a province's partner is usually a province; a municipality (北京市) is a province that twins cities
        if (asksForProvince(domestic) && found.stream().anyMatch(e -> e.level() == Level.PROVINCE)) {
            return Level.PROVINCE;
        }
        return Level.CITY;
    }

    private Comparator<Gazetteer.Entry> preference(String full, Level wanted, long region, Gazetteer.Entry domestic) {
        return Comparator.comparing((Gazetteer.Entry e) -> levelClass(e.level()) != levelClass(wanted))
                .thenComparing(e -> region != 0 && !g.within(e, region))
                .thenComparing(e -> domestic == null || !g.tied(domestic.id(), e.id()))
                .thenComparing(e -> !Names.full(e.name()).equals(full))
                .thenComparing(e -> -g.population(e.id()))
                .thenComparing(e -> -e.ties())
                .thenComparingLong(Gazetteer.Entry::id);
    }

    /** Whether two places bear one name (a division and its seat: Nakhon Sawan, 那空沙旺 and 那空沙旺府). */
    /** The most populous place directly under a division, or null when none has a population. */
    private Gazetteer.Entry largestPlaceIn(Gazetteer.Entry division) {
        return g.children(division.id()).stream().filter(e -> g.population(e.id()) > 0)
                .max(java.util.Comparator.comparingLong(e -> g.population(e.id()))).orElse(null);
    }

    private static boolean sameName(Gazetteer.Entry a, Gazetteer.Entry b) {
        return (a.nameEn() != null && b.nameEn() != null && Names.key(a.nameEn()).equals(Names.key(b.nameEn())))
                || (a.nameZh() != null && b.nameZh() != null && Names.key(a.nameZh()).equals(Names.key(b.nameZh())));
    }

    /** Provinces against everything below them: a city, county, district or town may be written as either. */
    private static int levelClass(Level l) {
        return l == Level.PROVINCE ? 0 : 1;
    }

    private String reason(List<Gazetteer.Entry> ranked, Level wanted, Choice choice, Gazetteer.Entry domestic) {
        Gazetteer.Entry best = ranked.get(0);
        Gazetteer.Entry next = ranked.size() > 1 ? ranked.get(1) : null;
        if (next == null) {
            return "";
        }
        if (levelClass(best.level()) != levelClass(next.level())) {
            return " (the name asks for a " + (wanted == Level.PROVINCE ? "first-level division" : "city")
                    + (wanted == Level.PROVINCE && asksForProvince(domestic) ? ", as a province's partner" : "")
                    + ")";
        }
        if (choice.region() != 0 && g.within(best, choice.region()) && !g.within(next, choice.region())) {
            return " (it lies in " + choice.regionName() + ", as written)";
        }
        if (domestic != null && g.tied(domestic.id(), best.id()) && !g.tied(domestic.id(), next.id())) {
            return " (" + domestic.name() + " already has a tie with it)";
        }
        if (g.population(best.id()) > g.population(next.id())) {
            return " (the larger place)";
        }
        return " (the place with more ties; check it)";
    }

    private String describeForeign(Gazetteer.Entry e) {
        Gazetteer.Entry parent = e.parentId() == 0 ? null : g.get(e.parentId());
        long people = g.population(e.id());
        return e.name() + (e.nameEn() != null && !e.nameEn().equals(e.name()) ? " " + e.nameEn() : "") + " ("
                + e.country() + ", " + e.level().en() + (parent != null ? ", in " + parent.name() : "")
                + (people > 0 ? ", pop. " + people : "") + ", id " + e.id() + ")";
    }

    /** The level a new foreign place most likely has, from its suffix. */
    static Level guessLevel(String name, String country) {
        String suffix = Names.zhSuffix(name);
        return switch (suffix) {
            case "省", "州", "府", "自治州", "边疆区" -> Level.PROVINCE;
            case "县" -> "JP".equals(country) ? Level.PROVINCE : Level.COUNTY;
            case "郡" -> Level.COUNTY;
            case "区" -> Level.DISTRICT;
            case "镇", "町", "村" -> Level.TOWN;
            default -> name.endsWith("道") && name.length() > 2 ? Level.PROVINCE : Level.CITY;
        };
    }

    private static String stripWrittenPrefix(String written, String restFull) {
        for (int i = 0; i < written.length(); i++) {
            if (Names.full(written.substring(i)).equals(restFull)) {
                return written.substring(i);
            }
        }
        return written;
    }

    private String describe(List<Gazetteer.Entry> found) {
        return found.stream().limit(6).map(this::qualified).collect(Collectors.joining(", "));
    }

    private String qualified(Gazetteer.Entry e) {
        Gazetteer.Entry parent = e.parentId() == 0 ? null : g.get(e.parentId());
        return parent == null ? e.name() : parent.name() + e.name();
    }
}
