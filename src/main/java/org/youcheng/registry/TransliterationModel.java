package org.youcheng.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How likely a Chinese transliteration is of a Latin name, learned from the pairs of names the reference data gives
 * for the same place (孙塔尔 Suntar, 博伦厄 Borlänge …). A Latin name is cut into pieces of one to {@link #LONGEST}
 * letters, one piece for each Chinese character (bor-lan-ge for 博伦厄); how often a piece goes with a character, and how
 * often a piece is a piece at all, are learned by expectation maximisation over every way of cutting every pair, so no
 * rule says which letters a character stands for. The score of a name against a Latin name is the log of the
 * probability of the Chinese characters given the Latin name: the cuttings that give one piece per character, against
 * all cuttings of the Latin name, so a long name cut into few pieces scores low.
 */
public final class TransliterationModel {

    /** The most letters one Chinese character stands for (sch, ville, burg). */
    static final int LONGEST = 5;

    private static final int ITERATIONS = 5;

    /** How much a piece's own counts are smoothed towards how common a character is, in pairs. */
    private static final double SMOOTHING = 2;

    private final PieceCounts pair;
    private final PieceCounts piece;
    private final Map<Character, Double> character = new ConcurrentHashMap<>();
    private final double total;
    private final Map<String, Double> cuttings = new ConcurrentHashMap<>();

    private TransliterationModel(PieceCounts pair, PieceCounts piece) {
        this.pair = pair;
        this.piece = piece;
        double[] t = {0};
        piece.forEach((key, count) -> t[0] += count);
        pair.forEach((key, count) -> character.merge(PieceCounts.character(key), count, Double::sum));
        this.total = t[0];
    }

    /**
     * The least log probability a character at which the resolver takes the likeliest name, by the length of the
     * written name: a longer name is less likely as a whole, not less well read, and a short one must read well (波昂
     * is Bonn, not Bochum). Set for the place the gazetteer lacks, read against the other names of its country: each
     * floor is the loosest at which a held-out name of that length is then taken wrongly for at most 5 in 100
     * (bench/transliteration: -1.5 for two and three characters, 4.9 and 3.6 in 100; -2 for four to six, 3.6; -3 for
     * seven or more, 4.8; one floor of -2 for all took a wrong one for 7.6 in 100 names of two characters). With no
     * country, read against the places of every country, half a unit stricter: held-out names are then taken wrongly
     * for 4 in 100 whose place is missing (9 at the country's floor), and 98 in 100 of those taken are right.
     */
    public static double least(int characters, boolean anyCountry) {
        return (characters <= 3 ? -1.5 : characters <= 6 ? -2 : -3) + (anyCountry ? 0.5 : 0);
    }

    /** A Chinese name and a Latin name of one place, as keys (no suffix, lower-case letters a to z). */
    public record Pair(String han, String latin) {}

    /** The Chinese key of a name read by the model: no suffix, Chinese characters only (at most 12); else null. */
    public static String hanKey(String name) {
        String key = name == null ? "" : Names.key(name);
        return key.isEmpty() || key.length() > 12 || !key.chars().allMatch(TransliterationModel::han) ? null : key;
    }

    /** The Latin key of a name read by the model: letters a to z, no English designation (county, city); else null. */
    public static String latinKey(String name) {
        return name == null ? null : ofLatinKey(Names.key(name));
    }

    /** {@link #latinKey} of a name already made a key ({@link Names#key}), as the gazetteer files its Latin names. */
    public static String ofLatinKey(String key) {
        String k = org.youcheng.registry.internal.LatinReading.withoutDesignation(key);
        return k.length() < 2 || k.length() > 30 || !k.chars().allMatch(c -> c >= 'a' && c <= 'z') ? null : k;
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Learns the model from pairs of names (a few seconds for the bundled reference data's 45,000 pairs). */
    public static TransliterationModel train(List<Pair> pairs) {
        PieceCounts weights = null;
        for (int it = 0; it < ITERATIONS; it++) {
            PieceCounts counts = new PieceCounts(weights == null ? 1 << 20 : weights.size() * 2);
            for (Pair p : pairs) {
                expect(p.han(), p.latin(), weights, counts);
            }
            weights = counts.pruned(1e-3);
        }
        PieceCounts pieces = new PieceCounts(weights.size());
        weights.forEach((key, count) -> pieces.add(PieceCounts.pieceOnly(key), count));
        return new TransliterationModel(weights, pieces);
    }

    /**
     * The model as a table (a comment, a header, then the piece, the character and the expected count of each pair
     * that training kept), in a fixed order, for {@link #read}.
     */
    public void write(Appendable out, String comment) throws java.io.IOException {
        out.append("# ").append(comment).append('\n').append("piece\tcharacter\tcount\n");
        java.util.TreeMap<String, Double> rows = new java.util.TreeMap<>();
        pair.forEach((key, count) -> rows.put(PieceCounts.letters(key) + "\t" + PieceCounts.character(key), count));
        for (Map.Entry<String, Double> r : rows.entrySet()) {
            out.append(r.getKey())
                    .append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.6g", r.getValue()))
                    .append('\n');
        }
    }

    /** The model a table written by {@link #write} holds (its rows, without comment and header). */
    public static TransliterationModel read(List<String[]> rows) {
        PieceCounts pairs = new PieceCounts(rows.size());
        PieceCounts pieces = new PieceCounts(rows.size());
        for (String[] r : rows) {
            double count = Double.parseDouble(r[2]);
            pairs.add(PieceCounts.key(r[0], 0, r[0].length(), r[1].charAt(0)), count);
            pieces.add(PieceCounts.key(r[0], 0, r[0].length(), '\0'), count);
        }
        return new TransliterationModel(pairs, pieces);
    }

    /** Adds the expected counts of one pair's pieces under the current weights (all alike when null). */
    private static void expect(String han, String latin, PieceCounts weights, PieceCounts counts) {
        int n = han.length();
        int m = latin.length();
        if (m < n || m > n * LONGEST) {
            return;
        }
        double[][] forward = new double[n + 1][m + 1];
        forward[0][0] = 1;
        for (int i = 1; i <= n; i++) {
            char c = han.charAt(i - 1);
            for (int j = i; j <= m; j++) {
                double s = 0;
                for (int k = 1; k <= Math.min(LONGEST, j); k++) {
                    if (forward[i - 1][j - k] > 0) {
                        s += forward[i - 1][j - k] * weight(weights, latin, j - k, j, c);
                    }
                }
                forward[i][j] = s;
            }
        }
        double all = forward[n][m];
        if (!(all > 0)) {
            return;
        }
        double[][] backward = new double[n + 1][m + 1];
        backward[n][m] = 1;
        for (int i = n; i >= 1; i--) {
            char c = han.charAt(i - 1);
            for (int j = m; j >= i; j--) {
                if (backward[i][j] == 0) {
                    continue;
                }
                for (int k = 1; k <= Math.min(LONGEST, j); k++) {
                    if (forward[i - 1][j - k] > 0) {
                        double w = weight(weights, latin, j - k, j, c);
                        backward[i - 1][j - k] += w * backward[i][j];
                        counts.add(
                                PieceCounts.key(latin, j - k, j, c), forward[i - 1][j - k] * w * backward[i][j] / all);
                    }
                }
            }
        }
    }

    private static double weight(PieceCounts weights, String latin, int from, int to, char c) {
        return weights == null ? 1 : weights.get(PieceCounts.key(latin, from, to, c));
    }

    /** The log probability of the Chinese name given the Latin name (keys as in {@link Pair}); -infinity if none. */
    public double score(String han, String latin) {
        int n = han.length();
        int m = latin.length();
        if (m < n || m > n * LONGEST) {
            return Double.NEGATIVE_INFINITY;
        }
        // each piece of the Latin name (the letters before j, k of them) and its count, looked up once
        long[] pieces = new long[(m + 1) * LONGEST];
        double[] counts = new double[(m + 1) * LONGEST];
        for (int j = 1; j <= m; j++) {
            for (int k = 1; k <= Math.min(LONGEST, j); k++) {
                pieces[j * LONGEST + k - 1] = PieceCounts.key(latin, j - k, j, '\0');
                counts[j * LONGEST + k - 1] = piece.get(pieces[j * LONGEST + k - 1]);
            }
        }
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        prev[0] = 1;
        for (int i = 1; i <= n; i++) {
            char c = han.charAt(i - 1);
            double share = SMOOTHING * character.getOrDefault(c, 0.0) / total;
            java.util.Arrays.fill(cur, 0);
            for (int j = i; j <= m; j++) {
                double s = 0;
                for (int k = 1; k <= Math.min(LONGEST, j); k++) {
                    double count = counts[j * LONGEST + k - 1];
                    if (prev[j - k] > 0 && count > 0) {
                        double together = pair.get(pieces[j * LONGEST + k - 1] | c);
                        s += prev[j - k] * (count / total) * (together + share) / (count + SMOOTHING);
                    }
                }
                cur[j] = s;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        double cut = cuttings.computeIfAbsent(latin, l -> allCuttings(m, counts));
        return prev[m] > 0 && cut > 0 ? Math.log(prev[m]) - Math.log(cut) : Double.NEGATIVE_INFINITY;
    }

    /** The probability of a Latin name of {@code m} letters cut into pieces in any way, from its pieces' counts. */
    private double allCuttings(int m, double[] counts) {
        double[] a = new double[m + 1];
        a[0] = 1;
        for (int j = 1; j <= m; j++) {
            for (int k = 1; k <= Math.min(LONGEST, j); k++) {
                a[j] += a[j - k] * counts[j * LONGEST + k - 1] / total;
            }
        }
        return a[m];
    }
}
