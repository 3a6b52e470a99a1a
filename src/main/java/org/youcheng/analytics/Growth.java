package org.youcheng.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.TieKind;

/**
 * How a set of ties grew: for each year from the first signing to the last, how many ties of each kind had been
 * signed by the end of that year (cumulative). Ties without a signing date cannot be placed in time; they are
 * counted apart.
 *
 * @param years   the years, consecutive, oldest first
 * @param sister  cumulative sister ties at the end of each year (same length as years); likewise the other kinds
 * @param undated ties with no known signing date
 */
public record Growth(
        List<Integer> years,
        List<Integer> sister,
        List<Integer> partner,
        List<Integer> intent,
        List<Integer> unverified,
        int undated) {

    /** A tie to count: its kind and its signing date (null when unknown). */
    public record Signed(TieKind kind, PartialDate signed) {}

    private static final int KINDS = TieKind.values().length;

    public static Growth of(List<Signed> ties) {
        TreeMap<Integer, int[]> byYear = new TreeMap<>();
        int undated = 0;
        for (Signed t : ties) {
            if (t.signed() == null) {
                undated++;
            } else {
                byYear.computeIfAbsent(t.signed().year(), y -> new int[KINDS])[
                        t.kind().ordinal()]++;
            }
        }
        List<Integer> years = new ArrayList<>();
        List<List<Integer>> series = new ArrayList<>();
        for (int i = 0; i < KINDS; i++) {
            series.add(new ArrayList<>());
        }
        if (!byYear.isEmpty()) {
            int[] running = new int[KINDS];
            for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
                int[] k = byYear.getOrDefault(y, new int[KINDS]);
                years.add(y);
                for (int i = 0; i < KINDS; i++) {
                    running[i] += k[i];
                    series.get(i).add(running[i]);
                }
            }
        }
        return new Growth(
                List.copyOf(years),
                List.copyOf(series.get(0)),
                List.copyOf(series.get(1)),
                List.copyOf(series.get(2)),
                List.copyOf(series.get(3)),
                undated);
    }
}
