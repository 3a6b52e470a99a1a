package org.youcheng.extract;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Country;
import org.youcheng.registry.Places;

/**
 * Extraction over the registry's current gazetteer. The extractor is built on first use and rebuilt when the
 * gazetteer has changed since: a place added, removed or edited (renamed: its {@code updated_at}), a name or alias
 * added, removed or changed, a country alias added (an import or an accepted candidate may create foreign places).
 */
@Service
public class ExtractService {

    /** What the extractor is built from, in one cheap look: counts, the last edit, and the names' total length. */
    private static final String FINGERPRINT = """
            select (select count(*) from place) places, (select max(updated_at) from place) changed,
                   (select count(*) from place_name) names,
                   (select coalesce(sum(length(name_key)), 0) from place_name) name_chars,
                   (select count(*) from country_alias) aliases""";

    private record Fingerprint(long places, String changed, long names, long nameChars, long aliases) {}

    private final Places places;
    private final Countries countries;
    private final JdbcClient db;
    private Extractor extractor;
    private Fingerprint built;

    ExtractService(Places places, Countries countries, JdbcClient db) {
        this.places = places;
        this.countries = countries;
        this.db = db;
    }

    /** Reads one article; changes nothing. */
    public ArticleFacts extract(String source, String text) {
        return extractor().extract(source, text);
    }

    public synchronized Extractor extractor() {
        Fingerprint now = db.sql(FINGERPRINT)
                .query((rs, n) -> new Fingerprint(
                        rs.getLong("places"),
                        rs.getString("changed"),
                        rs.getLong("names"),
                        rs.getLong("name_chars"),
                        rs.getLong("aliases")))
                .single();
        if (extractor == null || !now.equals(built)) {
            Map<String, String> names = new HashMap<>();
            for (Country c : countries.all().values()) {
                names.put(c.code(), c.nameZh());
            }
            extractor = new Extractor(places.gazetteer(), names);
            built = now;
        }
        return extractor;
    }
}
