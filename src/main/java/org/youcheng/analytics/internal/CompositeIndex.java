package org.youcheng.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.analytics.Dimension;

/**
 * The composite index of docs/ranking.md over a peer set. Each indicator x is normalised across the peers as
 * (ln(1+x) − ln(1+min)) / (ln(1+max) − ln(1+min)) (0 for all when max = min): the logarithm keeps one capital with
 * hundreds of ties from flattening everyone else. A dimension's score is the mean of its normalised indicators
 * × 100; the index is the weighted mean of the dimension scores, over the dimensions given a weight (a dimension
 * without data anywhere is given none: {@link #withoutData}). Places with the same index share a rank; a place with
 * no data at all on the weighted dimensions has no rank. O(places × indicators).
 */
public final class CompositeIndex {

    /** A place's raw indicator values, by dimension, in the order they are shown. */
    public record Input(long place, Map<Dimension, Map<String, Double>> indicators) {}

    /** A place's index, its rank (null: nothing to rank it on), and the breakdown that explains it. */
    public record Scored(long place, Integer rank, double index, Map<Dimension, Score> dimensions) {}

    /** A dimension's score and each indicator: its raw value and its normalised one (0 … 1). */
    public record Score(double score, Map<String, double[]> indicators) {}

    private CompositeIndex() {}

    /** The dimensions for which every indicator of every place is zero: no data, not a tie for last place. */
    public static Set<Dimension> withoutData(List<Input> inputs) {
        return withoutData(inputs, 1);
    }

    /**
     * The dimensions fewer than {@code atLeast} places have any data for. A ranking compares: a dimension only one
     * place has data on compares nothing (that place would be its maximum by default, first of 333 for one
     * delegation), so by default ({@code youcheng.ranking.min-places-with-data}) two places must have data.
     */
    public static Set<Dimension> withoutData(List<Input> inputs, int atLeast) {
        Map<Dimension, Integer> with = new EnumMap<>(Dimension.class);
        for (Input in : inputs) {
            in.indicators().forEach((d, ind) -> {
                if (ind.values().stream().anyMatch(v -> v != 0)) {
                    with.merge(d, 1, Integer::sum);
                }
            });
        }
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (with.getOrDefault(d, 0) < Math.max(1, atLeast)) {
                out.add(d);
            }
        }
        return out;
    }

    public static List<Scored> score(List<Input> inputs, Map<Dimension, Double> weights) {
        Map<String, double[]> range = new LinkedHashMap<>(); // dimension/indicator → ln(1+min), ln(1+max)
        for (Input in : inputs) {
            in.indicators()
                    .forEach((d, ind) -> ind.forEach((name, v) -> {
                        double l = Math.log1p(v);
                        range.merge(d.code() + "/" + name, new double[] {l, l}, (a, b) ->
                                new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                    }));
        }
        List<Scored> out = new ArrayList<>();
        for (Input in : inputs) {
            Map<Dimension, Score> dims = new EnumMap<>(Dimension.class);
            double weighted = 0;
            double weightSum = 0;
            boolean any = false;
            for (var e : in.indicators().entrySet()) {
                if (!weights.containsKey(e.getKey())) {
                    continue;
                }
                Map<String, double[]> shown = new LinkedHashMap<>();
                double sum = 0;
                for (var i : e.getValue().entrySet()) {
                    double[] r = range.get(e.getKey().code() + "/" + i.getKey());
                    double norm = r[1] == r[0] ? 0 : (Math.log1p(i.getValue()) - r[0]) / (r[1] - r[0]);
                    shown.put(i.getKey(), new double[] {i.getValue(), norm});
                    sum += norm;
                    any |= i.getValue() != 0;
                }
                double score =
                        e.getValue().isEmpty() ? 0 : 100 * sum / e.getValue().size();
                dims.put(e.getKey(), new Score(score, shown));
                double w = weights.getOrDefault(e.getKey(), 0.0);
                weighted += w * score;
                weightSum += w;
            }
            out.add(new Scored(in.place(), any ? 0 : null, weightSum == 0 ? 0 : weighted / weightSum, dims));
        }
        out.sort(Comparator.comparing((Scored s) -> s.rank() == null)
                .thenComparing(Comparator.comparingDouble(Scored::index).reversed())
                .thenComparingLong(Scored::place));
        List<Scored> ranked = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Scored s = out.get(i);
            Integer rank = s.rank() == null
                    ? null
                    : i > 0 && out.get(i - 1).rank() != null && out.get(i - 1).index() == s.index()
                            ? ranked.get(i - 1).rank()
                            : i + 1;
            ranked.add(new Scored(s.place(), rank, s.index(), s.dimensions()));
        }
        return ranked;
    }
}
