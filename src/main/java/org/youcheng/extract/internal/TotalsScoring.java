package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.extract.ExtractScorer;
import org.youcheng.extract.ExtractScorer.Gold;
import org.youcheng.extract.ExtractScorer.Total;
import org.youcheng.extract.TotalsScore;

/** Scores predicted totals: a prediction is right when it agrees with a gold total of its article not yet matched. */
public final class TotalsScoring {

    private TotalsScoring() {}

    /** Scores predicted totals (source and totals) against the gold's. */
    public static TotalsScore score(Map<String, Gold> gold, List<Map.Entry<String, List<Total>>> predictions) {
        int tp = 0, fp = 0, fn = 0;
        List<String> errors = new ArrayList<>();
        Map<String, List<Total>> preds = new LinkedHashMap<>();
        for (var p : predictions) {
            String stem = GoldFiles.stem(p.getKey(), gold);
            if (stem != null) {
                preds.computeIfAbsent(stem, k -> new ArrayList<>()).addAll(p.getValue());
            }
        }
        for (var g : gold.entrySet()) {
            List<Total> want = g.getValue().totals();
            Set<Integer> matched = new HashSet<>();
            for (Total t : preds.getOrDefault(g.getKey(), List.of())) {
                int hit = -1;
                for (int j = 0; j < want.size() && hit < 0; j++) {
                    if (!matched.contains(j) && agrees(t, want.get(j))) {
                        hit = j;
                    }
                }
                boolean again = false;
                for (int j : matched) {
                    again |= agrees(t, want.get(j));
                }
                if (hit >= 0) {
                    matched.add(hit);
                    tp++;
                } else if (!again) {
                    fp++; // a total stated again is neither right nor wrong, as a pair matched twice
                    errors.add(g.getKey() + ": spurious total " + shown(t));
                }
            }
            fn += want.size() - matched.size();
            for (int j = 0; j < want.size(); j++) {
                if (!matched.contains(j)) {
                    errors.add(g.getKey() + ": missed total " + shown(want.get(j)));
                }
            }
        }
        return new TotalsScore(tp, fp, fn, errors);
    }

    private static String shown(Total t) {
        StringBuilder b = new StringBuilder(t.place());
        String[] names = {"sister", "partner", "all_partners", "countries"};
        Integer[] values = {t.sister(), t.partner(), t.allPartners(), t.countries()};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                b.append(' ').append(names[i]).append('=').append(values[i]);
            }
        }
        return b.toString();
    }

    /**
     * Whether a predicted total states what a gold one does: the same place, every count of partners it gives
     * equal to the gold's, at least one of them given, and the countries equal when both give them.
     */
    static boolean agrees(ExtractScorer.Total predicted, ExtractScorer.Total gold) {
        if (!ScoreRules.same(ScoreRules.norm(predicted.place(), ""), ScoreRules.norm(gold.place(), ""))) {
            return false;
        }
        boolean any = false;
        Integer[] mine = {predicted.sister(), predicted.partner(), predicted.allPartners()};
        Integer[] theirs = {gold.sister(), gold.partner(), gold.allPartners()};
        for (int i = 0; i < 3; i++) {
            if (mine[i] != null) {
                if (!mine[i].equals(theirs[i])) {
                    return false;
                }
                any = true;
            }
        }
        return any
                && (predicted.countries() == null
                        || gold.countries() == null
                        || predicted.countries().equals(gold.countries()));
    }
}
