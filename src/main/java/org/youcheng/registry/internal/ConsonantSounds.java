package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Names read as rows of consonant sounds, for {@link LatinReading}: a Chinese transliteration by the pinyin of its
 * characters, a Latin name by its letters, and how alike two rows are (sounds that transliterations swap or drop cost
 * half); also the pinyin spelt as Latin letters, and how alike two strings of letters are.
 */
public final class ConsonantSounds {

    /** How much the consonant sounds weigh against the letters (pinyin against the Latin name, vowels included). */
    static final double SOUNDS = 0.7;

    private ConsonantSounds() {}

    /** The consonant sounds' likeness weighed with the letters' (the pinyin spelt as Latin, against the Latin key). */
    public static double combined(double sounds, String letters, String latinKey) {
        return SOUNDS * sounds + (1 - SOUNDS) * letters(letters, latinLetters(latinKey));
    }

    /** The pinyin of a transliteration as Latin letters would spell the sounds (乌苏里斯克 usulisike). */
    public static String pinyinLetters(String han) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < han.length(); i++) {
            String py = Transliteration.reading(han.charAt(i));
            py = switch (py) {
                case "wu" -> "u";
                case "yi" -> "i";
                case "er" -> "l";
                // syllables that stand for a consonant alone (斯 s, 克 k, 特 t, 德 d, 夫 f, 姆 m, 布 b, 格 g, 勒 l)
                case "si", "ke", "te", "de", "fu", "mu", "bu", "pu", "ge", "le", "ci", "zi", "ze", "se", "ku", "tu" ->
                    py.substring(0, 1);
                default -> py;
            };
            b.append(py.replace("zh", "j")
                    .replace("x", "s")
                    .replace("q", "ch")
                    .replace('v', 'u')
                    .replace('r', 'l'));
        }
        return b.toString();
    }

    /** A Latin key spelt as {@link #pinyinLetters} spells: l for r, i for y. */
    public static String latinLetters(String key) {
        return key.replace('r', 'l').replace('y', 'i');
    }

    /** How alike two strings of letters are: one less the share of edits. */
    public static double letters(String a, String b) {
        return 1 - (double) EditDistance.between(a, b) / Math.max(1, Math.max(a.length(), b.length()));
    }

    /** The consonant sounds of a Chinese transliteration, by the pinyin of its characters; null if one has none. */
    public static String ofChinese(String han) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < han.length(); i++) {
            char c = han.charAt(i);
            String py = Transliteration.reading(c);
            if (py.isEmpty() || !Character.isLetter(py.charAt(0)) || py.charAt(0) == c) {
                return null;
            }
            syllable(b, py);
        }
        return collapse(b);
    }

    private static void syllable(StringBuilder b, String py) {
        if (py.equals("er")) {
            b.append('L');
            return;
        }
        String rest;
        if (py.startsWith("zh") || py.startsWith("ch") || py.startsWith("sh")) {
            b.append('S');
            rest = py.substring(2);
        } else {
            char i = py.charAt(0);
            rest = py.substring(1);
            switch (i) {
                case 'b', 'p' -> b.append('P');
                case 'd', 't' -> b.append('T');
                case 'g', 'k' -> b.append('K');
                case 'h' -> b.append('H');
                case 'j', 'q', 'x', 'z', 'c', 's' -> b.append('S');
                case 'l', 'r' -> b.append('L');
                case 'm' -> b.append('M');
                case 'n' -> b.append('N');
                case 'f' -> b.append('F');
                case 'w' -> {
                    if (!py.equals("wu")) {
                        b.append('F');
                    }
                }
                default -> rest = py; // a vowel, or y: no consonant of its own
            }
        }
        if (rest.endsWith("n") || rest.endsWith("ng")) {
            b.append('N');
        }
    }

    /** The consonant sounds of a Latin name, read as English and most languages read its letters. */
    public static String ofLatin(String key) {
        return ofLatin(key, null);
    }

    /** Countries whose language sounds j (and g before e, i) as h, which Chinese writes 赫, 哈, 胡 (Jalisco 哈利斯科). */
    private static final java.util.Set<String> J_AS_H = java.util.Set.of(
            "ES", "MX", "AR", "CL", "CO", "PE", "VE", "EC", "BO", "PY", "UY", "CR", "PA", "GT", "HN", "SV", "NI", "CU",
            "DO", "PR");
    /** Countries whose language sounds j as the zh that Chinese writes with r (若, 茹, 热: Ipojuca 伊波茹卡). */
    private static final java.util.Set<String> J_AS_R = java.util.Set.of("FR", "BR", "PT", "AO", "MZ", "LU", "MC");

    /**
     * The consonant sounds of a Latin name (a key: lower case, no accents, spaces or punctuation) as the language of
     * its country sounds the letter j, where transliterations follow it: Spanish h, French and Portuguese zh (written
     * with r in Chinese), else j.
     */
    public static String ofLatin(String key, String country) {
        char j = country == null ? 'S' : J_AS_H.contains(country) ? 'H' : J_AS_R.contains(country) ? 'L' : 'S';
        StringBuilder b = new StringBuilder();
        String s = key.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (s.startsWith("tsch", i)) {
                b.append('S');
                i += 4;
                continue;
            }
            if (s.startsWith("sch", i)) {
                b.append('S');
                i += 3;
                continue;
            }
            String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
            String two2 = switch (two) {
                case "ch", "sh", "zh", "ts", "tz", "cz", "sz", "dz", "dj" -> "S";
                case "ph" -> "F";
                case "th" -> "T";
                case "kh" -> "H";
                case "gh", "ck", "qu" -> "K";
                case "ng" -> i + 2 < s.length() && "aeiouy".indexOf(s.charAt(i + 2)) >= 0 ? "NK" : "N";
                default -> null;
            };
            if (two2 != null) {
                b.append(two2);
                i += 2;
                continue;
            }
            switch (c) {
                case 'b', 'p' -> b.append('P');
                case 'd', 't' -> b.append('T');
                case 'k', 'q' -> b.append('K');
                case 'c' -> b.append(next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K');
                case 'g' -> b.append(j == 'H' && (next == 'i' || next == 'e') ? 'H' : next == 'i' ? 'S' : 'K');
                case 'x' -> b.append("KS");
                case 'j' -> b.append(j);
                case 's', 'z' -> b.append('S');
                case 'h' -> b.append('H');
                case 'l', 'r' -> b.append('L');
                case 'm' -> b.append('M');
                case 'n' -> b.append('N');
                case 'f', 'v', 'w' -> b.append('F');
                default -> {
                    // a vowel, y, or anything else: no consonant
                }
            }
            i++;
        }
        return collapse(b);
    }

    private static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (b.isEmpty() || b.charAt(b.length() - 1) != s.charAt(i)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Sounds that transliterations swap. */
    public static boolean near(char a, char b) {
        return a == b || pair(a, b, 'K', 'H') || pair(a, b, 'K', 'S') || pair(a, b, 'P', 'F') || pair(a, b, 'H', 'F');
    }

    private static boolean pair(char a, char b, char x, char y) {
        return a == x && b == y || a == y && b == x;
    }

    /** 1 for the same reading, falling towards 0; see the class comment for the costs. */
    public static double similarity(String heard, String latin) {
        int n = heard.length();
        int m = latin.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + latinOnly(latin, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            char a = heard.charAt(i - 1);
            cur[0] = prev[0] + chineseOnly(a);
            for (int j = 1; j <= m; j++) {
                char b = latin.charAt(j - 1);
                double replace = prev[j - 1] + (a == b ? 0 : near(a, b) ? 0.5 : 1);
                cur[j] = Math.min(replace, Math.min(prev[j] + chineseOnly(a), cur[j - 1] + latinOnly(latin, j - 1)));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - prev[m] / Math.max(n, m);
    }

    /** A sound the Chinese spelling adds: a final n (an, en) or 尔 for an r cost half. */
    private static double chineseOnly(char a) {
        return a == 'N' || a == 'L' ? 0.5 : 1;
    }

    /** A Latin sound the Chinese spelling leaves out: an r or l, an h, a final t, d or s cost half. */
    private static double latinOnly(String latin, int j) {
        char b = latin.charAt(j);
        boolean last = j == latin.length() - 1;
        return b == 'L' || b == 'H' || last && (b == 'T' || b == 'S') ? 0.5 : 1;
    }

    /** For the tests: the readings of two names. */
    public static List<String> readings(String han, String latinKey) {
        List<String> r = new ArrayList<>();
        r.add(ofChinese(han));
        r.add(ofLatin(latinKey));
        return r;
    }
}
