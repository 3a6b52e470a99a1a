package org.youcheng.analytics;

import java.util.List;
import java.util.Map;
import org.youcheng.registry.Summary;

/**
 * Every Chinese place of one level ranked by the friendship-interaction index at the end of a year.
 *
 * @param weights    the weight of each dimension (from {@code youcheng.ranking.*})
 * @param places     best first
 */
public record Ranking(String level, int year, Map<String, Double> weights, List<Entry> places) {

    /** A place's rank, index (0 … 100) and the breakdown that explains it. */
    public record Entry(int rank, double index, Summary.PlaceRef place, String provinceZh, String provinceEn,
                        Map<String, DimensionScore> dimensions) {
    }

    /** A dimension's score (0 … 100) and its indicators. */
    public record DimensionScore(double score, Map<String, Indicator> indicators) {
    }

    /** An indicator's raw value and its value normalised across the peers (0 … 1). */
    public record Indicator(double value, double normalised) {
    }
}
