package org.youcheng.analytics;

import java.util.Collection;

/**
 * Where a value stands among its peers' values (the place's own included).
 *
 * @param rank       1 + the number of peers with a greater value (ties share a rank)
 * @param of         how many peers, the place included
 * @param percentile the share of peers whose value is not greater, in percent, to one decimal
 */
public record Standing(int rank, int of, double percentile) {

    static Standing of(int value, Collection<Integer> values) {
        int greater = 0;
        for (int v : values) {
            if (v > value) {
                greater++;
            }
        }
        int n = values.size();
        return new Standing(greater + 1, n, n == 0 ? 0 : Math.round(1000.0 * (n - greater) / n) / 10.0);
    }
}
