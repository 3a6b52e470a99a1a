package org.youcheng.registry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Names;

/**
 * Countries from world-countries (names, Chinese translation, coordinates) and i18n-iso-countries
 * (more Chinese and English names), placed on continents and strategy regions by refdata/country-regions.tsv.
 */
final class CountryLoader {

    private final JdbcClient db;

    CountryLoader(JdbcClient db) {
        this.db = db;
    }

    /** Loads the countries and returns the alias key → country code map that the place loaders use. */
    Map<String, String> load() {
        Map<String, String[]> regions = new LinkedHashMap<>();
        for (String[] r : Tsv.read("refdata/country-regions.tsv")) {
            regions.put(r[0], r);
        }
        Set<String> noRelations = new HashSet<>();
        for (String[] r : Tsv.read("refdata/no-diplomatic-relations.tsv")) {
            noRelations.add(r[0]);
        }
        JsonNode zh = NpmData.read("i18n-iso-countries/langs/zh.json").path("countries");
        JsonNode en = NpmData.read("i18n-iso-countries/langs/en.json").path("countries");
        Map<String, Set<String>> aliases = new HashMap<>();
        // names that claim their key before any other country's: i18n-iso-countries' Chinese names and the project's
        // own
        // aliases. world-countries' Chinese translations are partly wrong or Taiwan usage (it calls Dominica 多米尼加,
        // the Dominican Republic's name, and the Dominican Republic 多明尼加)
        Map<String, Set<String>> primary = new HashMap<>();
        for (JsonNode c : NpmData.read("world-countries/countries.json")) {
            String code = c.path("cca2").asText();
            String[] region = regions.get(code);
            if (region == null) {
                continue;
            }
            String nameEn = c.path("name").path("common").asText();
            String nameZh = Names.simplified(
                    zh.has(code)
                            ? first(zh.get(code))
                            : c.path("translations").path("zho").path("common").asText(nameEn));
            JsonNode latlng = c.path("latlng");
            db.sql("""
                    insert into country (code, name_zh, name_en, continent, region, diplomatic, lat, lng)
                    values (:code, :zh, :en, :continent, :region, :diplomatic, :lat, :lng)""")
                    .param("code", code)
                    .param("zh", nameZh)
                    .param("en", nameEn)
                    .param("continent", region[1])
                    .param("region", region[2])
                    .param("diplomatic", !noRelations.contains(code))
                    .param("lat", latlng.size() == 2 ? latlng.get(0).asDouble() : null)
                    .param("lng", latlng.size() == 2 ? latlng.get(1).asDouble() : null)
                    .update();
            Set<String> names = aliases.computeIfAbsent(code, k -> new LinkedHashSet<>());
            names.add(nameEn);
            names.add(nameZh);
            names.add(c.path("name").path("official").asText());
            names.add(c.path("translations").path("zho").path("common").asText(""));
            names.add(c.path("translations").path("zho").path("official").asText(""));
            c.path("altSpellings").forEach(a -> names.add(a.asText()));
            addAll(names, zh.get(code));
            addAll(names, en.get(code));
            addAll(primary.computeIfAbsent(code, k -> new LinkedHashSet<>()), zh.get(code));
        }
        cldrNames(aliases, regions.keySet());
        for (String[] r : Tsv.read("refdata/country-aliases.tsv")) {
            aliases.computeIfAbsent(r[0], k -> new LinkedHashSet<>()).add(r[1]);
            primary.computeIfAbsent(r[0], k -> new LinkedHashSet<>()).add(r[1]);
        }
        Map<String, String> byKey = new HashMap<>();
        for (var e : java.util.stream.Stream.concat(primary.entrySet().stream(), aliases.entrySet().stream())
                .toList()) {
            for (String name : e.getValue()) {
                String key = Names.full(name);
                // two-letter spellings are codes, not names; keys shared by two countries would mislead
                if (key.length() < 2 || (key.length() == 2 && !Names.hasHan(key))) {
                    continue;
                }
                if (byKey.putIfAbsent(key, e.getKey()) == null) {
                    db.sql("insert into country_alias (alias_key, country_code) values (:k, :c)")
                            .param("k", key)
                            .param("c", e.getKey())
                            .update();
                }
            }
        }
        return byKey;
    }

    /** The locales of Unicode CLDR whose names of countries Chinese text writes: mainland, Taiwan, Hong Kong and Macao. */
    private static final String[] CLDR_LOCALES = {"zh", "zh-Hant", "zh-Hant-HK"};
    /** Codes that CLDR names as territories of their own and that are parts of China. */
    private static final Set<String> CHINA = Set.of("CN", "HK", "MO", "TW");

    /**
     * The names CLDR gives each country in Chinese, in simplified characters (Taiwan's 义大利, 纽西兰 and 维德角, and
     * Hong Kong's 毛里裘斯), with their variants (象牙海岸). Names of two characters are left out: written inside other
     * words they would be read as the country (查德 in 理查德, 马利 in 马利克).
     */
    private static void cldrNames(Map<String, Set<String>> aliases, Set<String> countries) {
        for (String locale : CLDR_LOCALES) {
            JsonNode t = NpmData.read("cldr-localenames-full/main/" + locale + "/territories.json")
                    .path("main")
                    .path(locale)
                    .path("localeDisplayNames")
                    .path("territories");
            t.properties().forEach(e -> {
                String code = e.getKey().split("-")[0];
                String name = Names.simplified(e.getValue().asText());
                if (countries.contains(code) && !CHINA.contains(code) && name.length() > 2) {
                    aliases.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(name);
                }
            });
        }
    }

    private static String first(JsonNode n) {
        return n.isArray() ? n.get(0).asText() : n.asText();
    }

    private static void addAll(Set<String> names, JsonNode n) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> names.add(x.asText()));
        } else {
            names.add(n.asText());
        }
    }
}
