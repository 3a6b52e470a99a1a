package org.youcheng.io;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieImports;

/**
 * The registry as one import of ties checks its rows against it, read once when the import starts: the whole
 * gazetteer, the countries and the live sister ties; and the places the file names for the first time, created when
 * the first batch of rows naming one is written.
 */
@Component
class TieImportBasis {

    /**
     * @param checker the check of each row
     * @param chinese whether a place is in China (places made by the import are not)
     * @param realId  the id of the place a (negative) stand-in id stands for, made on first use (a dry run makes
     *                none)
     * @param makeAll makes the places of these stand-in ids that are not made yet, all in one go (a dry run makes
     *                none): the writer calls it once per batch, so that {@code realId} then only looks them up
     */
    record Basis(
            RowChecker checker, LongPredicate chinese, LongUnaryOperator realId, Consumer<Collection<Long>> makeAll) {}

    private final Places places;
    private final Countries countries;
    private final TieImports ties;
    private final Clock clock;

    TieImportBasis(Places places, Countries countries, TieImports ties, Clock clock) {
        this.places = places;
        this.countries = countries;
        this.ties = ties;
        this.clock = clock;
    }

    Basis read(boolean dryRun, Instant now) {
        Gazetteer gazetteer = places.gazetteer();
        RowChecker checker = new RowChecker(gazetteer, countries.all(), ties.liveSisters(), LocalDate.now(clock));
        Map<Long, Long> made = new HashMap<>();
        LongUnaryOperator realId = dryRun
                ? standIn -> standIn
                : standIn -> made.computeIfAbsent(standIn, s -> {
                    RowChecker.Pending p = checker.pending(s);
                    return places.insertUnreviewed(p.name(), p.level(), p.country(), "import", now);
                });
        Consumer<Collection<Long>> makeAll = dryRun
                ? standIns -> {}
                : standIns -> {
                    List<Long> missing = standIns.stream()
                            .filter(s -> !made.containsKey(s))
                            .distinct()
                            .toList();
                    List<Places.Unreviewed> unknown = missing.stream()
                            .map(checker::pending)
                            .map(p -> new Places.Unreviewed(p.name(), p.level(), p.country()))
                            .toList();
                    long[] ids = places.insertUnreviewed(unknown, "import", now);
                    for (int i = 0; i < ids.length; i++) {
                        made.put(missing.get(i), ids[i]);
                    }
                };
        LongPredicate chinese = id -> {
            Gazetteer.Entry e = gazetteer.get(id);
            return e != null && "CN".equals(e.country());
        };
        return new Basis(checker, chinese, realId, makeAll);
    }
}
