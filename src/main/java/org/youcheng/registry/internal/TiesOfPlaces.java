package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Place;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieView;

/** The ties of a set of places with their two sides, for the place page, profiles and reports. */
@Repository
public class TiesOfPlaces {

    /**
     * The ties of some places: each side looked up by its own index, the two parts put together with a union; their
     * places are read after, by id ({@link #PLACES_BY_ID}). Written as {@code domestic_id in (…) or partner_id in (…)},
     * H2 scanned every place and every tie (5.8 s for one place of 110,000 ties); as {@code t.id in (select … union
     * select …)} it still scanned every tie and tested each against the subquery's ids (85 % of the place page's time);
     * joined to the places in the same statement, PostgreSQL hashed all 72,000 places for a province's 1,200 ties
     * (80–150 ms under load, the slowest statement of the load benchmark; bench/load/README.md).
     */
    static final String TIES_OF_PLACES = "select " + TieRows.TIE_COLUMNS + " from tie t where t.domestic_id in (:ids)"
            + " union all select " + TieRows.TIE_COLUMNS + """
             from tie t where t.partner_id in (:ids) and t.domestic_id not in (:ids)
            order by signed_on nulls last, id""";

    static final String PLACES_BY_ID = "select " + PlaceRepository.COLUMNS + " from place p where p.id in (:ids)";
    /** Ids bound in one statement at most (PostgreSQL takes 65,535 parameters; H2 plans long lists slowly). */
    private static final int IDS_AT_ONCE = 1000;

    private final JdbcClient db;

    TiesOfPlaces(JdbcClient db) {
        this.db = db;
    }

    /** Every tie that has one of these places on either side. */
    public List<TieView> views(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        List<Tie> found = new ArrayList<>();
        for (List<Long> ids : chunks(placeIds)) {
            found.addAll(
                    db.sql(TIES_OF_PLACES).param("ids", ids).query(TieRows::map).list());
        }
        if (placeIds.size() > IDS_AT_ONCE) { // each chunk is in order, and a tie of two chunks' places in both
            Map<Long, Tie> once = new LinkedHashMap<>();
            found.forEach(t -> once.putIfAbsent(t.id(), t));
            found = new ArrayList<>(once.values());
            found.sort(Comparator.comparing(
                            (Tie t) -> t.signed() == null ? null : t.signed().firstDay(),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(Tie::id));
        }
        Set<Long> sides = new HashSet<>();
        found.forEach(t -> {
            sides.add(t.domesticId());
            sides.add(t.partnerId());
        });
        Map<Long, Place> places = new HashMap<>();
        for (List<Long> ids : chunks(sides)) {
            db.sql(PLACES_BY_ID)
                    .param("ids", ids)
                    .query(PlaceRepository::map)
                    .list()
                    .forEach(p -> places.put(p.id(), p));
        }
        return found.stream()
                .map(t -> new TieView(t, places.get(t.domesticId()), places.get(t.partnerId())))
                .toList();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IDS_AT_ONCE) {
            out.add(all.subList(i, Math.min(all.size(), i + IDS_AT_ONCE)));
        }
        return out;
    }
}
