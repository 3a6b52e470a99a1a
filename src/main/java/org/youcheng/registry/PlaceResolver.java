package org.youcheng.registry;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Resolves names as people write them to places: 青岛, 青岛市, Qingdao and 山东省青岛市 are one place;
 * 俄罗斯彼尔姆市 is Perm in Russia; 加利福尼亚州阿尔汉布拉市 is Alhambra under California. The country is the main
 * clue for a foreign name, the parent division for a Chinese one. Ambiguity on the Chinese side is an error
 * that names the candidates; on the foreign side the best-known candidate is chosen and the choice reported.
 */
public final class PlaceResolver {

    private final Gazetteer g;

    public PlaceResolver(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /** The outcome: a place, or a place to be created (country and level), with an optional note; or an error. */
    public record Resolution(Gazetteer.Entry place, String country, Level newLevel, String newName, String note,
                             String error) {
        public static Resolution found(Gazetteer.Entry e, String note) {
            return new Resolution(e, e.country(), e.level(), null, note, null);
        }

        static Resolution error(String message) {
            return new Resolution(null, null, null, null, null, message);
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
        String full = Names.full(name);
        String written = name.strip();
        String[] prefix = g.countryPrefix(full);
        if (prefix != null && !prefix[1].isEmpty() && (country == null || country.equals(prefix[0]))
                && !g.byKey(Names.stripSuffix(full)).stream().anyMatch(e -> e.country().equals(prefix[0]))) {
            country = prefix[0];
            full = prefix[1];
            written = stripWrittenPrefix(written, full);
        }
        List<Gazetteer.Entry> found = foreign(full, country);
        if (!found.isEmpty()) {
            Gazetteer.Entry best = found.stream().min(preference(full)).orElseThrow();
            String note = found.size() > 1 ? "'" + name.strip() + "' has " + found.size()
                    + " candidates; chose " + best.name() + " (" + best.country() + ", id " + best.id() + ")" : null;
            return Resolution.found(best, note);
        }
        if (country == null) {
            return Resolution.error("unknown place '" + name.strip() + "': give its country (partner_country)");
        }
        return new Resolution(null, country, guessLevel(written, country), written, null, null);
    }

    private List<Gazetteer.Entry> foreign(String full, String country) {
        final String c = country;
        List<Gazetteer.Entry> found = g.byKey(Names.stripSuffix(full)).stream()
                .filter(e -> c == null || e.country().equals(c)).toList();
        if (!found.isEmpty() || c == null) {
            return found;
        }
        // a region written in front: 加利福尼亚州阿尔汉布拉市
        for (int i = full.length() - 2; i >= 2; i--) {
            String head = full.substring(0, i);
            boolean region = g.byKey(Names.stripSuffix(head)).stream()
                    .anyMatch(e -> e.country().equals(c) && e.level() == Level.PROVINCE);
            if (region) {
                List<Gazetteer.Entry> inner = g.byKey(Names.stripSuffix(full.substring(i))).stream()
                        .filter(e -> e.country().equals(c) && e.level() != Level.PROVINCE).toList();
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return List.of();
    }

    private static Comparator<Gazetteer.Entry> preference(String full) {
        Level wanted = guessLevel(full, null);
        return Comparator.comparing((Gazetteer.Entry e) -> !Names.full(e.name()).equals(full))
                .thenComparing(e -> e.level() != wanted)
                .thenComparing(e -> -e.ties())
                .thenComparingLong(Gazetteer.Entry::id);
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
