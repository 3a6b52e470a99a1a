package org.youcheng.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.youcheng.analytics.TieLine;
import org.youcheng.registry.Country;

/**
 * 零的突破: for each group (a country, a continent, or all), the place's first signed tie in it. Sister and partner
 * ties count (an intent is not yet a signed tie); ended ties count too, since the breakthrough happened. A tie
 * without a date has no known first year and is left out. Two ties signed the same day: the lower id is first.
 */
public final class Firsts {

    public static final Comparator<HeldTie> ORDER =
            Comparator.comparing(HeldTie::signed).thenComparingLong(HeldTie::tieId);

    private Firsts() {}

    /** The firsts by country, oldest first. */
    public static List<TieLine> of(List<HeldTie> ties, Map<String, Country> countries) {
        return firsts(ties, HeldTie::country).stream()
                .map(t -> TieLine.of(t, countries))
                .toList();
    }

    /** The first signed tie of each group (a group of null is skipped), oldest first. */
    static List<HeldTie> firsts(List<HeldTie> ties, Function<HeldTie, String> group) {
        Map<String, HeldTie> first = new HashMap<>();
        for (HeldTie t : ties) {
            String g = group.apply(t);
            if (!t.kind().counted() || t.signed() == null || g == null) {
                continue;
            }
            first.merge(g, t, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        List<HeldTie> sorted = new ArrayList<>(first.values());
        sorted.sort(ORDER);
        return sorted;
    }
}
