package org.youcheng.extract;

import java.util.List;

/**
 * Totals scored: a prediction is right when it agrees with a gold total of its article not yet matched; the errors name
 * each total stated wrongly (spurious) or not read (missed), by article.
 */
public record TotalsScore(int tp, int fp, int fn, List<String> errors) {

    public TotalsScore {
        errors = List.copyOf(errors);
    }

    public String line() {
        return "totals: P=" + ExtractScorer.Score.f3(tp + fp == 0 ? 0.0 : (double) tp / (tp + fp)) + " R="
                + ExtractScorer.Score.f3(tp + fn == 0 ? 0.0 : (double) tp / (tp + fn)) + " (tp=" + tp + " fp=" + fp
                + " fn=" + fn + ")";
    }
}
