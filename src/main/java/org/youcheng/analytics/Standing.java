package org.youcheng.analytics;

import java.util.Collection;

/**
 * Where a value stands among its peers' values (the place's own included). A count of zero has no rank: being
 * "first of 333" with nothing says nothing, so {@code rank} and {@code percentile} are null then.
 *
 * @param rank       1 + the number of peers with a greater value (ties share a rank); null for a zero
 * @param of         how many peers, the place included
 * @param percentile the share of peers whose value is not greater, in percent, to one decimal; null for a zero
 */
public record Standing(Integer rank, int of, Double percentile) {

    static Standing of(int value, Collection<Integer> values) {
        int n = values.size();
        if (value <= 0) {
            return new Standing(null, n, null);
        }
        int greater = 0;
        for (int v : values) {
            if (v > value) {
                greater++;
            }
        }
        return new Standing(greater + 1, n, n == 0 ? 0 : Math.round(1000.0 * (n - greater) / n) / 10.0);
    }

    public boolean ranked() {
        return rank != null;
    }
}
