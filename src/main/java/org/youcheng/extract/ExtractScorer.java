package org.youcheng.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.extract.internal.GoldFiles;
import org.youcheng.extract.internal.ScoreRules;
import org.youcheng.extract.internal.TotalsScoring;

/**
 * Scores extracted ties against gold files by the rules of score_extract.py, step for step: micro precision, recall
 * and F1 over (domestic, partner) pairs and over (domestic, partner, kind); per article the first prediction of a
 * pair counts, a pair matching a gold entry already matched or an optional entry is neither right nor wrong.
 */
public final class ExtractScorer {

    /** A predicted or gold tie as the scorer sees it. */
    public record Tie(String domestic, String partner, String partnerCountry, String kind) {
        public static Tie of(ExtractedTie t) {
            return new Tie(t.domestic(), t.partner(), t.partnerCountry(), t.kind());
        }

        public static Tie of(JsonNode n) {
            return new Tie(text(n, "domestic"), text(n, "partner"), text(n, "partner_country"), text(n, "kind"));
        }

        static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        Key key() {
            return new Key(ScoreRules.norm(domestic, ""), ScoreRules.norm(partner, partnerCountry));
        }
    }

    record Key(String domestic, String partner) {
        @Override
        public String toString() {
            return "(" + repr(domestic) + ", " + repr(partner) + ")";
        }

        private static String repr(String s) {
            return s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
        }
    }

    /** One article's gold: required and optional ties, and its totals. */
    public record Gold(List<Tie> relations, List<Tie> optional, List<Total> totals) {
        public Gold(List<Tie> relations, List<Tie> optional) {
            this(relations, optional, List.of());
        }
    }

    /** A place's totals as the scorer sees them: partners by kind, all partners, countries. */
    public record Total(String place, Integer sister, Integer partner, Integer allPartners, Integer countries) {
        public static Total of(ExtractedTotal t) {
            return new Total(t.place(), t.sister(), t.partner(), t.allPartners(), t.countries());
        }

        public static Total of(JsonNode n) {
            return new Total(
                    Tie.text(n, "place"),
                    number(n, "sister"),
                    number(n, "partner"),
                    number(n, "all_partners"),
                    number(n, "countries"));
        }

        private static Integer number(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asInt();
        }
    }

    /** Scores predicted totals (source and totals) against the gold's. */
    public static TotalsScore scoreTotals(Map<String, Gold> gold, List<Map.Entry<String, List<Total>>> predictions) {
        return TotalsScoring.score(gold, predictions);
    }

    /** The counts, the errors in the script's order, and the report as the script prints it. */
    public record Score(
            int articles,
            int withPredictions,
            int tp,
            int fp,
            int fn,
            int tpKind,
            int fpKind,
            int fnKind,
            List<String> errors) {
        public double precision() {
            return ratio(tp, tp + fp);
        }

        public double recall() {
            return ratio(tp, tp + fn);
        }

        public double f1() {
            return f(precision(), recall());
        }

        public double kindPrecision() {
            return ratio(tpKind, tpKind + fpKind);
        }

        public double kindRecall() {
            return ratio(tpKind, tpKind + fnKind);
        }

        public double kindF1() {
            return f(kindPrecision(), kindRecall());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0.0 : (double) a / b;
        }

        private static double f(double p, double r) {
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public List<String> report() {
            return java.util.stream.Stream.concat(errors.stream().limit(60), figures().stream())
                    .toList();
        }

        /** The report without its errors: what a held-out set may show without being read. */
        public List<String> figures() {
            List<String> lines = new ArrayList<>();
            lines.add("articles=" + articles + " with_predictions=" + withPredictions);
            lines.add("pairs: P=" + f3(precision()) + " R=" + f3(recall()) + " F1=" + f3(f1()) + " (tp=" + tp + " fp="
                    + fp + " fn=" + fn + ")");
            lines.add("pairs+kind: P=" + f3(kindPrecision()) + " R=" + f3(kindRecall()) + " F1=" + f3(kindF1()));
            lines.add("pair_f1=" + f3(f1()));
            return lines;
        }

        /** Three decimals, rounded from the exact binary value half to even, as Python's format does. */
        public static String f3(double v) {
            return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        }
    }

    private ExtractScorer() {}

    /** Reads DIR/*.json (gold files), keyed by file stem in name order. */
    public static Map<String, Gold> readGold(Path dir, ObjectMapper json) {
        return GoldFiles.readGold(dir, json);
    }

    /** Reads predictions as `extract --json` prints them: one JSON object per line with source and relations. */
    public static List<Map.Entry<String, List<Tie>>> readPredictions(List<String> lines, ObjectMapper json)
            throws IOException {
        return GoldFiles.bySource(lines, json, "relations", Tie::of);
    }

    /** Reads predicted totals from `extract --json` lines: each source and its totals. */
    public static List<Map.Entry<String, List<Total>>> readTotals(List<String> lines, ObjectMapper json)
            throws IOException {
        return GoldFiles.bySource(lines, json, "totals", Total::of);
    }

    /** Scores predictions, each a source and its ties. */
    public static Score score(Map<String, Gold> gold, List<Map.Entry<String, List<Tie>>> predictions) {
        Map<String, List<Tie>> preds = new LinkedHashMap<>();
        for (var p : predictions) {
            String stem = GoldFiles.stem(p.getKey(), gold);
            if (stem != null) {
                preds.computeIfAbsent(stem, k -> new ArrayList<>()).addAll(p.getValue());
            }
        }
        int tp = 0, fp = 0, fn = 0, tpk = 0, fpk = 0, fnk = 0;
        List<String> errors = new ArrayList<>();
        for (var g : gold.entrySet()) {
            String stem = g.getKey();
            List<Key> req = g.getValue().relations().stream().map(Tie::key).toList();
            List<Key> opt = g.getValue().optional().stream().map(Tie::key).toList();
            Map<Key, String> got = new LinkedHashMap<>();
            for (Tie t : preds.getOrDefault(stem, List.of())) {
                got.putIfAbsent(t.key(), t.kind());
            }
            Set<Integer> matched = new HashSet<>();
            for (var e : got.entrySet()) {
                Key k = e.getKey();
                String kind = e.getValue();
                int j = find(k, req);
                if (j >= 0 && !matched.contains(j)) {
                    matched.add(j);
                    tp++;
                    String goldKind = g.getValue().relations().get(j).kind();
                    if (java.util.Objects.equals(goldKind, kind)) {
                        tpk++;
                    } else {
                        fpk++;
                        fnk++;
                        errors.add(stem + ": kind " + py(kind) + " for " + k + ", gold " + py(goldKind));
                    }
                } else if (j >= 0 || find(k, opt) >= 0) {
                    continue;
                } else {
                    fp++;
                    fpk++;
                    errors.add(stem + ": spurious " + k);
                }
            }
            for (int j = 0; j < req.size(); j++) {
                if (!matched.contains(j)) {
                    fn++;
                    fnk++;
                    errors.add(stem + ": missed " + req.get(j));
                }
            }
        }
        return new Score(gold.size(), preds.size(), tp, fp, fn, tpk, fpk, fnk, errors);
    }

    private static String py(String s) {
        return s == null ? "None" : s;
    }

    private static int find(Key k, List<Key> pool) {
        for (int j = 0; j < pool.size(); j++) {
            if (ScoreRules.same(k.domestic(), pool.get(j).domestic())
                    && ScoreRules.same(k.partner(), pool.get(j).partner())) {
                return j;
            }
        }
        return -1;
    }
}
