package org.youcheng.io;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongPredicate;
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
     * @param newPlaces the places the file names for the first time, made as the writer needs them
     */
    record Basis(RowChecker checker, LongPredicate chinese, NewPlaces newPlaces) {}

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
        LongPredicate chinese = id -> {
            Gazetteer.Entry e = gazetteer.get(id);
            return e != null && "CN".equals(e.country());
        };
        return new Basis(checker, chinese, new NewPlaces(places, checker, dryRun, now));
    }
}
