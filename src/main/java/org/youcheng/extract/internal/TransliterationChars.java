package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * The characters Chinese writes foreign names with (斯, 尔, 克, 塞 …), as the gazetteer's own names count them: each
 * character's share among the characters of foreign places' names against its share among Chinese places' names. A
 * name the gazetteer does not hold reads as a transliteration when its characters are, on the geometric mean, at least
 * {@value #NAME_RATIO} times as foreign as Chinese, each of them written in foreign names and none far more Chinese.
 */
final class TransliterationChars {

    /** The geometric mean of the characters' ratios a transliteration reaches. */
    private static final double NAME_RATIO = 3;
    /** The least ratio of a character inside a transliteration (温 is as common in Chinese names as in foreign ones). */
    private static final double INCLUDED = 0.5;
    /** How many foreign names' characters must be this one before it may stand in a transliteration. */
    private static final int MIN_USES = 5;

    /** Each character's foreign share over its Chinese share (one added to the Chinese count); 0 when too rare. */
    private final float[] ratio = new float[0x10000];

    TransliterationChars(Gazetteer gazetteer) {
        int[] foreign = new int[0x10000];
        int[] chinese = new int[0x10000];
        long[] totals = new long[2];
        gazetteer.forEachKey((key, entries) -> {
            if (!Names.hasHan(key) || entries.isEmpty()) {
                return;
            }
            boolean cn = entries.stream().allMatch(e -> "CN".equals(e.country()));
            boolean abroad = entries.stream().noneMatch(e -> "CN".equals(e.country()));
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (cn) {
                    chinese[c]++;
                    totals[0]++;
                } else if (abroad) {
                    foreign[c]++;
                    totals[1]++;
                }
            }
        });
        for (int c = 0; c < ratio.length; c++) {
            ratio[c] = foreign[c] < MIN_USES
                    ? 0
                    : (float) (((double) foreign[c] / Math.max(1, totals[1]))
                            / ((chinese[c] + 1.0) / Math.max(1, totals[0])));
        }
    }

    /**
     * Whether a name of three characters or more, written without suffix, reads as a transliteration: each character
     * one foreign names use (ratio ≥ {@value #INCLUDED}) and their mean at least {@value #NAME_RATIO}.
     */
    boolean reads(CharSequence name) {
        return reads(name, 0, name.length());
    }

    /** {@link #reads(CharSequence)} of {@code s[from, to)}. */
    private boolean reads(CharSequence s, int from, int to) {
        double logs = 0;
        for (int i = from; i < to; i++) {
            if (ratio[s.charAt(i)] < INCLUDED) {
                return false;
            }
            logs += Math.log(ratio[s.charAt(i)]);
        }
        return to - from >= 3 && foreign(logs, to - from);
    }

    /**
     * Whether a name of two or three characters at {@code [from, to)} ends a longer transliteration: the two characters
     * before it and the name read as one (加斯威特: 威特 is no town there, the name is a person's or a place's unknown).
     */
    boolean tailOf(String s, int from, int to) {
        return from >= 2 && to - from <= 3 && reads(s, from - 2, to);
    }

    /**
     * Where a transliteration that ends at {@code end} with its suffix begins, reading back no further than
     * {@code floor} over characters foreign names use and Chinese ones do not use far more (ratio ≥ {@value #INCLUDED});
     * -1 when fewer than two stand before the suffix or their mean says Chinese.
     */
    int startBefore(String s, int end, int floor) {
        if (end < 3 || "市州区县郡省府道城".indexOf(s.charAt(end - 1)) < 0) {
            return -1;
        }
        int i = end - 1;
        double logs = 0;
        while (i > floor && ratio[s.charAt(i - 1)] >= INCLUDED) {
            i--;
            logs += Math.log(ratio[s.charAt(i)]);
        }
        int n = end - 1 - i;
        return n >= 2 && foreign(logs, n) ? i : -1;
    }

    /** Whether n characters whose log ratios sum to {@code logs} read, on the geometric mean, as foreign. */
    private static boolean foreign(double logs, int n) {
        return logs / n >= Math.log(NAME_RATIO);
    }
}
