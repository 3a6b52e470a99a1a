package org.youcheng.registry.reference;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.youcheng.common.Tsv;
import org.youcheng.registry.TieOrientation;
import org.youcheng.registry.internal.TieBulkReads;
import org.youcheng.registry.internal.TieBulkRepository;

/**
 * Loads the bundled reference data into a new database: countries, China's divisions, foreign places from
 * Wikidata; and, on request, the Wikidata twin network as ties. Each load is one transaction and runs only
 * when its tables are empty, so a crash half-way leaves nothing behind and the next start tries again.
 */
@Component
public class ReferenceData {

    /**
     * Parents before the places under them, the order places are written in: Natural Earth puts towns under their
     * first-level division, and Taiwan's townships that Wikidata names lie under counties (prefecture level) that the
     * postal table made after them; otherwise the order of the sources.
     */
    static final java.util.Comparator<PlaceRow> PARENTS_FIRST = java.util.Comparator.comparing(
                    (PlaceRow p) -> p.level != org.youcheng.registry.Level.PROVINCE)
            .thenComparing(p -> p.level != org.youcheng.registry.Level.PREFECTURE);

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final JdbcTemplate jdbc;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final TieBulkReads ties;

    ReferenceData(JdbcTemplate jdbc, JdbcClient db, TransactionTemplate tx, Clock clock, TieBulkReads ties) {
        this.ties = ties;
        this.jdbc = jdbc;
        this.db = db;
        this.tx = tx;
        this.clock = clock;
    }

    public boolean loaded() {
        return db.sql("select count(*) from country").query(Long.class).single() > 0;
    }

    /** Countries and places; does nothing when they are there already. */
    public void loadPlacesIfMissing() {
        if (loaded()) {
            return;
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            Map<String, String> countries = new CountryLoader(db).load();
            log.debug("countries after {} ms", (System.nanoTime() - start) / 1_000_000);
            List<PlaceRow> divisions = new DivisionLoader().load();
            log.debug("divisions after {} ms", (System.nanoTime() - start) / 1_000_000);
            NaturalEarthLoader naturalEarth = new NaturalEarthLoader(new java.util.HashSet<>(countries.values()));
            WikidataLoader wikidata = new WikidataLoader(countries, divisions, naturalEarth::countryOfDivision);
            List<PlaceRow> foreign = new ArrayList<>(wikidata.load());
            log.debug("wikidata after {} ms", (System.nanoTime() - start) / 1_000_000);
            foreign.addAll(naturalEarth.merge(foreign));
            log.debug("natural earth after {} ms", (System.nanoTime() - start) / 1_000_000);
            // the ISO 3166-2 list serves twice: the states GeoNames towns lie in, the provinces the data lacks
            String iso = NpmData.text("iso-3166-2/iso3166.min.js");
            GeoNamesLoader geoNames =
                    new GeoNamesLoader(new java.util.HashSet<>(countries.values()), GeoNamesLoader.isoStates(iso));
            foreign.addAll(NaturalEarthLoader.merge(geoNames.points(), foreign, "geonames", "GN-"));
            List<PlaceRow> madeDivisions =
                    new DivisionNamesLoader(new java.util.HashSet<>(countries.values())).addTo(foreign);
            foreign.addAll(madeDivisions);
            foreign.addAll(new JapanMunicipalityLoader().addTo(foreign));
            foreign.addAll(new KoreaMunicipalityLoader().addTo(foreign));
            foreign.addAll(new UsCountyLoader().addTo(foreign));
            foreign.addAll(new IsoProvinceLoader().addTo(foreign, iso));
            foreign.addAll(new IsoCountyLoader().addTo(foreign, iso));
            foreign.addAll(new GermanDistrictLoader().addTo(foreign));
            foreign.addAll(new TaiwanTownshipLoader().addTo(foreign));
            log.info(
                    "division names: {} divisions made after {} ms",
                    madeDivisions.size(),
                    (System.nanoTime() - start) / 1_000_000);
            foreign.sort(PARENTS_FIRST);
            log.debug("geonames after {} ms", (System.nanoTime() - start) / 1_000_000);
            PlaceWriter writer = new PlaceWriter(jdbc);
            writer.write(divisions);
            log.debug("divisions written after {} ms", (System.nanoTime() - start) / 1_000_000);
            writer.write(foreign);
            log.debug("foreign places written after {} ms", (System.nanoTime() - start) / 1_000_000);
            List<Object[]> map = new ArrayList<>();
            // every place read from Wikidata keeps its item id, not only the twin network's nodes
            wikidata.codeByQid().forEach((qid, code) -> {
                Long id = writer.idByCode().get(code);
                if (id != null) {
                    map.add(new Object[] {qid, id});
                }
            });
            jdbc.batchUpdate("insert into wikidata_place (qid, place_id) values (?, ?)", map);
            log.info(
                    "loaded reference data: {} countries, {} Chinese divisions, {} foreign places",
                    countries.values().stream().distinct().count(),
                    divisions.size(),
                    foreign.size());
        });
        org.youcheng.common.PgCopy.refreshStatistics(jdbc, "country", "place", "place_name", "wikidata_place");
        log.info("reference data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The Wikidata twin network as reference ties (kind unverified: P190 says two places are twinned, not how, nor
     * since when; source Wikidata P190), once per database: where the registry already holds a tie of the pair, the
     * network's statement is kept beside the office's instead. Does nothing when reference data is there already.
     */
    public int loadTwinNetworkIfMissing() {
        if (db.sql(HAS_REFERENCE).query(Boolean.class).single()) {
            return 0;
        }
        Integer added = tx.execute(s -> {
            Map<String, Long> idByQid = new HashMap<>();
            db.sql("select qid, place_id from wikidata_place")
                    .query((rs, n) -> idByQid.put(rs.getString(1), rs.getLong(2)))
                    .list();
            Set<Long> chinese = new HashSet<>(db.sql("select id from place where country_code = 'CN'")
                    .query(Long.class)
                    .list());
            Map<Long, Long> existing = ties.idsByPair();
            Timestamp now = Timestamp.from(clock.instant());
            Set<Long> seen = new HashSet<>();
            List<Object[]> ties = new ArrayList<>();
            List<Object[]> statements = new ArrayList<>();
            for (String[] link : Tsv.read("refdata/wikidata/twin-links.tsv")) {
                Long a = idByQid.get(link[0]);
                Long b = idByQid.get(link[1]);
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                long[] pair = TieOrientation.orient(a, chinese.contains(a), b, chinese.contains(b));
                long key = TieBulkRepository.pairKey(pair[0], pair[1]);
                if (!seen.add(key)) {
                    continue;
                }
                Long tie = existing.get(key);
                if (tie == null) {
                    ties.add(new Object[] {pair[0], pair[1], SOURCE, now, now});
                } else {
                    statements.add(new Object[] {tie, SOURCE, now});
                }
            }
            jdbc.batchUpdate("""
                    insert into tie (domestic_id, partner_id, kind, status, source, origin, authority, created_at,
                                     updated_at)
                    values (?, ?, 'unverified', 'active', ?, 'reference', 'reference', ?, ?)""", ties);
            jdbc.batchUpdate("""
                    insert into tie_source (tie_id, provenance, source, added_at)
                    values (?, 'reference', ?, ?)""", statements);
            return ties.size();
        });
        org.youcheng.common.PgCopy.refreshStatistics(jdbc, "tie", "tie_source");
        log.info("loaded the Wikidata twin network: {} reference ties", added);
        return added == null ? 0 : added;
    }

    private static final String SOURCE = "Wikidata P190 (twinned administrative body)";
    /**
     * Whether the network was loaded once: a tie it made (kept when an official list sets it aside or a record
     * confirms it) or its statement beside an office's tie. Runs at every start, so it stops at the first row.
     */
    private static final String HAS_REFERENCE = """
            select exists (select 1 from tie where origin = 'reference')
                or exists (select 1 from tie_source where provenance = 'reference')""";
}
