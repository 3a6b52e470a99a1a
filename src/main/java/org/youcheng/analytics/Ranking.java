package org.youcheng.analytics;

import java.util.List;
import java.util.Map;
import org.youcheng.registry.Summary;

/**
 * Every Chinese place of one level ranked by the friendship-interaction index at the end of a year, at their own
 * level or with their counties and districts.
 *
 * @param scope      {@link Scope#code()}
 * @param weights    the weight of each dimension as set ({@code youcheng.ranking.*})
 * @param applied    the weights the index used: a dimension without data anywhere in the peer set is left out and
 *                   its weight spread over the others in proportion
 * @param noData     the dimensions no place of the set has any data for (shown as "no data", not as zeros)
 * @param places     best first; places without any data last, without a rank
 */
public record Ranking(
        String level,
        String scope,
        int year,
        Map<String, Double> weights,
        Map<String, Double> applied,
        List<String> noData,
        List<Entry> places) {

    /** A place's rank (null: no data to rank it on), index (0 … 100) and the breakdown that explains it. */
    public record Entry(
            Integer rank,
            double index,
            Summary.PlaceRef place,
            String provinceZh,
            String provinceEn,
            Map<String, DimensionScore> dimensions) {}

    /** A dimension's score (0 … 100) and its indicators. */
    public record DimensionScore(double score, Map<String, Indicator> indicators) {}

    /** An indicator's raw value and its value normalised across the peers (0 … 1). */
    public record Indicator(double value, double normalised) {}

    /** How many places have a rank. */
    public long ranked() {
        return places.stream().filter(e -> e.rank() != null).count();
    }
}
