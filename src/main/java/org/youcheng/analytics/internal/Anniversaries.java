package org.youcheng.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.youcheng.analytics.Anniversary;
import org.youcheng.analytics.TieLine;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Country;

/**
 * The round anniversaries (multiples of five years) of the signed ties that stand, falling within twelve months
 * from a day: [from, from + 1 year). A signing known to the month falls in if its anniversary month overlaps the
 * window, one known to the year if its anniversary year does.
 */
public final class Anniversaries {

    static final int EVERY = 5;

    private Anniversaries() {}

    public static List<Anniversary> coming(List<HeldTie> ties, LocalDate from, Map<String, Country> countries) {
        return coming(ties, from, countries, from.plusYears(1));
    }

    /** The same within [from, to). */
    public static List<Anniversary> coming(
            List<HeldTie> ties, LocalDate from, Map<String, Country> countries, LocalDate to) {
        List<Anniversary> out = new ArrayList<>();
        for (HeldTie t : ties) {
            if (t.signed() == null || !t.kind().counted() || !t.liveAt(from)) {
                continue;
            }
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                int n = year - t.signed().year();
                if (n < EVERY || n % EVERY != 0) {
                    continue;
                }
                PartialDate s = t.signed();
                LocalDate start = s.firstDay().plusYears(n);
                LocalDate end = switch (s.precision()) {
                    case DAY -> start.plusDays(1);
                    case MONTH -> start.plusMonths(1);
                    case YEAR -> start.plusYears(1);
                };
                if (start.isBefore(to) && end.isAfter(from)) {
                    out.add(new Anniversary(
                            TieLine.of(t, countries),
                            n,
                            PartialDate.of(start, s.precision()),
                            s.precision() == PartialDate.Precision.DAY ? start : null));
                }
            }
        }
        out.sort(Comparator.comparing(Anniversary::on)
                .thenComparingLong(a -> a.tie().tieId()));
        return out;
    }
}
