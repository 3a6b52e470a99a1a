package org.youcheng.registry.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two Chinese transliterations of one foreign name are. Chinese writes a foreign name with whichever
 * characters carry its sounds, so two offices write it differently: 卡迪夫 and 加的夫 (Cardiff), 莱茵兰 and 莱因兰,
 * 福塔莱萨 and 福塔雷萨, 山口県 (Japanese form) and 山口县. The measure is an edit distance over characters in which
 * replacing a character costs as much as its reading differs: nothing between characters read alike (茵/因, 県/县),
 * little between close readings (莱 lai / 雷 lei), a whole step between unrelated ones; inserting or dropping a
 * character is a whole step. The result is 1 for the same reading, falling towards 0.
 */
public final class Transliteration {

    private static final Map<Character, String> READING = new ConcurrentHashMap<>();

    private Transliteration() {}

    /** Similarity of two names (keys without suffix), from 0 to 1. */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int n = a.length();
        int m = b.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            String ra = reading(a.charAt(i - 1));
            for (int j = 1; j <= m; j++) {
                double replace = prev[j - 1] + (1 - alike(ra, reading(b.charAt(j - 1))));
                cur[j] = Math.min(replace, Math.min(prev[j], cur[j - 1]) + 1);
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - prev[m] / Math.max(n, m);
    }

    /** How alike two readings are: 1 when equal, else one less the share of letters that differ. */
    public static double alike(String x, String y) {
        if (x.equals(y)) {
            return 1;
        }
        int d = EditDistance.between(x, y);
        return Math.max(0, 1 - (double) d / Math.max(x.length(), y.length()));
    }

    /** The toneless pinyin of a character, or the character itself when it has none. */
    public static String reading(char c) {
        return READING.computeIfAbsent(c, k -> {
            List<Pinyin> p = HanLP.convertToPinyinList(String.valueOf(k));
            return p.isEmpty() || p.get(0) == Pinyin.none5
                    ? String.valueOf(k)
                    : p.get(0).getPinyinWithoutTone();
        });
    }
}
