import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.youcheng.registry.ConsonantReading;
import org.youcheng.registry.TransliterationModel;
import org.youcheng.registry.TransliterationModel.Pair;
import org.youcheng.registry.reference.TransliterationPairs;

/**
 * Reads pairs of names held out of training against the other Latin names of their country: the model trained on the
 * rest, and the consonant sounds the resolver read by before it (the peer), on the same pairs in the same run.
 * Prints top-1 accuracy of each and, for the model, how many a rule of acceptance takes and how many of those are right.
 *   java HeldOutPairs SEED HELD_OUT_SHARE MAX_PAIRS
 */
public class HeldOutPairs {

    record Ranked(String latin, double score) {}

    /** Floors a character tried; the resolver takes -2 ({@code LearnedReading.LEAST}). */
    static final double[] PER_CHAR = {-1, -1.5, -2, -2.5, -3, -3.5, -4, -5};

    /** The shortest length of each bucket of written names (2, 3, 4, 5–6, 7 characters or more). */
    static final int[] LENGTHS = {2, 3, 4, 5, 7};

    static int bucket(int length) {
        int b = 0;
        while (b + 1 < LENGTHS.length && length >= LENGTHS[b + 1]) {
            b++;
        }
        return b;
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        double share = Double.parseDouble(args[1]);
        int most = Integer.parseInt(args[2]);
        Map<String, Set<Pair>> byCountry = TransliterationPairs.byCountry();
        List<Pair> train = new ArrayList<>();
        List<String[]> test = new ArrayList<>(); // han, latin, country
        Random random = new Random(seed);
        Set<Pair> seen = new HashSet<>();
        for (Map.Entry<String, Set<Pair>> c : byCountry.entrySet()) {
            for (Pair p : c.getValue()) {
                if (!seen.add(p)) {
                    continue;
                }
                if (random.nextDouble() < share && c.getValue().size() >= 20) {
                    test.add(new String[] {p.han(), p.latin(), c.getKey()});
                } else {
                    train.add(p);
                }
            }
        }
        Collections.shuffle(test, random);
        test = test.subList(0, Math.min(most, test.size()));
        long t0 = System.nanoTime();
        TransliterationModel model = TransliterationModel.train(train);
        long t1 = System.nanoTime();
        int modelTop = 0;
        int peerTop = 0;
        int[] takenAbs = new int[2];
        long scoring = 0;
        int[][] sweep = new int[PER_CHAR.length][3];
        // the same by the length of the written name: {names, taken, right, wrong taken with the place missing}
        int[][][] byLength = new int[LENGTHS.length][PER_CHAR.length][4];
        for (String[] t : test) {
            Set<String> names = new HashSet<>();
            byCountry.get(t[2]).forEach(p -> names.add(p.latin()));
            long s0 = System.nanoTime();
            List<Ranked> byModel = new ArrayList<>();
            for (String n : names) {
                byModel.add(new Ranked(n, model.score(t[0], n)));
            }
            byModel.sort(Comparator.comparingDouble(Ranked::score).reversed());
            scoring += System.nanoTime() - s0;
            boolean right = byModel.get(0).latin().equals(t[1]);
            modelTop += right ? 1 : 0;
            double margin =
                    byModel.size() > 1 ? byModel.get(0).score() - byModel.get(1).score() : 99;
            double top = byModel.get(0).score();
            if (margin >= 2 && top >= -15) {
                takenAbs[0]++;
                takenAbs[1] += right ? 1 : 0;
            }
            // the place missing from the gazetteer: the same names without the held-out one
            List<Ranked> without =
                    byModel.stream().filter(r -> !r.latin().equals(t[1])).toList();
            double absentMargin =
                    without.size() > 1 ? without.get(0).score() - without.get(1).score() : 99;
            int bucket = bucket(t[0].length());
            for (int q = 0; q < PER_CHAR.length; q++) {
                int[] b = byLength[bucket][q];
                b[0]++;
                if (margin >= 2 && top >= PER_CHAR[q] * t[0].length()) {
                    b[1]++;
                    b[2] += right ? 1 : 0;
                }
                if (!without.isEmpty() && absentMargin >= 2 && without.get(0).score() >= PER_CHAR[q] * t[0].length()) {
                    b[3]++;
                }
                if (margin >= 2 && top >= PER_CHAR[q] * t[0].length()) {
                    sweep[q][0]++;
                    sweep[q][1] += right ? 1 : 0;
                }
                if (!without.isEmpty() && absentMargin >= 2 && without.get(0).score() >= PER_CHAR[q] * t[0].length()) {
                    sweep[q][2]++;
                }
            }
            String best = null;
            double bestScore = -1;
            for (String n : names) {
                double sim = ConsonantReading.alike(t[0], n);
                if (sim > bestScore) {
                    bestScore = sim;
                    best = n;
                }
            }
            peerTop += t[1].equals(best) ? 1 : 0;
        }
        int n = test.size();
        System.out.printf("pairs: %d trained on, %d held out and read (seed %d)%n", train.size(), n, seed);
        System.out.printf(
                "training: %.1f s; scoring: %.2f ms a name against its country's names%n",
                (t1 - t0) / 1e9, scoring / 1e6 / n);
        System.out.printf("top-1, the model: %d of %d (%.1f %%)%n", modelTop, n, 100.0 * modelTop / n);
        System.out.printf(
                "top-1, consonant sounds and letters (the peer): %d of %d (%.1f %%)%n",
                peerTop, n, 100.0 * peerTop / n);
        System.out.printf(
                "taken (margin 2, score >= -15): %d, right %d (%.1f %%)%n",
                takenAbs[0], takenAbs[1], 100.0 * takenAbs[1] / Math.max(1, takenAbs[0]));
        for (int q = 0; q < PER_CHAR.length; q++) {
            System.out.printf(
                    "  per character %.1f: taken %d, right %d (%.1f %%); with the place missing, a wrong one taken %d"
                            + " (%.1f %%)%n",
                    PER_CHAR[q],
                    sweep[q][0],
                    sweep[q][1],
                    100.0 * sweep[q][1] / Math.max(1, sweep[q][0]),
                    sweep[q][2],
                    100.0 * sweep[q][2] / n);
        }
        System.out.println("by the length of the written name (characters): names; per character floor: taken,"
                + " right %, wrong taken with the place missing %");
        for (int b = 0; b < LENGTHS.length; b++) {
            StringBuilder line = new StringBuilder(String.format(
                    "  %s: %d",
                    b + 1 < LENGTHS.length && LENGTHS[b + 1] - LENGTHS[b] == 1
                            ? String.valueOf(LENGTHS[b])
                            : LENGTHS[b] + (b + 1 < LENGTHS.length ? "-" + (LENGTHS[b + 1] - 1) : "+"),
                    byLength[b][0][0]));
            for (int q = 0; q < PER_CHAR.length; q++) {
                int[] c = byLength[b][q];
                line.append(String.format(
                        "; %.1f: %d, %.0f %%, %.1f %%",
                        PER_CHAR[q], c[1], 100.0 * c[2] / Math.max(1, c[1]), 100.0 * c[3] / Math.max(1, c[0])));
            }
            System.out.println(line);
        }
        world(
                model,
                byCountry,
                test.subList(0, Math.min(test.size(), args.length > 3 ? Integer.parseInt(args[3]) : 300)));
    }

    /** The best two scores offered, and the name of the best. */
    static final class TopTwo {
        String best;
        double top = Double.NEGATIVE_INFINITY;
        double next = Double.NEGATIVE_INFINITY;

        void offer(String name, double score) {
            if (score > top) {
                next = top;
                top = score;
                best = name;
            } else if (score > next) {
                next = score;
            }
        }

        /** The resolver's rule: the best at least 2 likelier than the next, and at least the floor. */
        boolean taken(double floor) {
            return best != null && top - next >= 2 && top >= floor;
        }
    }

    /**
     * A name written with no country: the held-out names read against the Latin names of every country, with the
     * resolver's rule (margin 2 over the next other name, its floor by length); and with their own name missing.
     */
    static void world(TransliterationModel model, Map<String, Set<Pair>> byCountry, List<String[]> test) {
        Set<String> names = new HashSet<>();
        byCountry.values().forEach(ps -> ps.forEach(p -> names.add(p.latin())));
        int taken = 0;
        int right = 0;
        int wrongMissing = 0;
        long t0 = System.nanoTime();
        test = test.stream().filter(t -> t[0].length() >= 3).toList(); // the resolver reads no shorter name so
        for (String[] t : test) {
            TopTwo all = new TopTwo();
            TopTwo others = new TopTwo(); // the place missing: every name but its own
            for (String n : names) {
                double sc = model.score(t[0], n);
                all.offer(n, sc);
                if (!n.equals(t[1])) {
                    others.offer(n, sc);
                }
            }
            double floor = TransliterationModel.least(t[0].length(), true) * t[0].length();
            if (all.taken(floor)) {
                taken++;
                right += t[1].equals(all.best) ? 1 : 0;
            }
            if (others.taken(floor)) {
                wrongMissing++;
            }
        }
        int n = test.size();
        System.out.printf(
                "no country written (%d held-out names of three characters or more against the %d Latin names of every country, %.0f ms a name):"
                        + " taken %d, right %d (%.1f %%); with the place missing, a wrong one taken %d (%.1f %%)%n",
                n,
                names.size(),
                (System.nanoTime() - t0) / 1e6 / Math.max(1, n),
                taken,
                right,
                100.0 * right / Math.max(1, taken),
                wrongMissing,
                100.0 * wrongMissing / Math.max(1, n));
    }
}
