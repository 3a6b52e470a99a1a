package org.youcheng.extract;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.youcheng.registry.Country;
import org.youcheng.registry.CountryRepository;
import org.youcheng.registry.GazetteerRepository;

/**
 * Extraction over the registry's current gazetteer. The extractor is built on first use and rebuilt when places
 * have been added or removed since (an import or an accepted candidate may create foreign places).
 */
@Service
public class ExtractService {

    private static final String PLACE_COUNT = "select count(*) from place";

    private final GazetteerRepository gazetteers;
    private final CountryRepository countries;
    private final JdbcClient db;
    private Extractor extractor;
    private long places = -1;

    ExtractService(GazetteerRepository gazetteers, CountryRepository countries, JdbcClient db) {
        this.gazetteers = gazetteers;
        this.countries = countries;
        this.db = db;
    }

    /** Reads one article; changes nothing. */
    public ArticleFacts extract(String source, String text) {
        return extractor().extract(source, text);
    }

    public synchronized Extractor extractor() {
        long now = db.sql(PLACE_COUNT).query(Long.class).single();
        if (extractor == null || now != places) {
            Map<String, String> names = new HashMap<>();
            for (Country c : countries.all().values()) {
                names.put(c.code(), c.nameZh());
            }
            extractor = new Extractor(gazetteers.load(), names);
            places = now;
        }
        return extractor;
    }
}
