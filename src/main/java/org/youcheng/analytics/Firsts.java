package org.youcheng.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Country;
import org.youcheng.registry.TieKind;

/**
 * 零的突破: for each country, the place's first signed tie there. Sister and partner ties count (an intent is not
 * yet a signed tie); ended ties count too, since the breakthrough happened. A country whose ties all lack a date
 * has no known first year and is left out. Two ties of one country signed the same day: the lower id is first.
 */
final class Firsts {

    private Firsts() {
    }

    /** The firsts, oldest first. */
    static List<TieLine> of(List<HeldTie> ties, Map<String, Country> countries) {
        Map<String, HeldTie> first = new HashMap<>();
        Comparator<HeldTie> order = Comparator.comparing(HeldTie::signed).thenComparingLong(HeldTie::tieId);
        for (HeldTie t : ties) {
            if (t.kind() == TieKind.INTENT || t.signed() == null) {
                continue;
            }
            first.merge(t.country(), t, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        List<HeldTie> sorted = new ArrayList<>(first.values());
        sorted.sort(order);
        return sorted.stream().map(t -> TieLine.of(t, countries)).toList();
    }
}
