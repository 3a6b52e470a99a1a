package org.youcheng.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the place a Chinese transliteration means by the place's own Latin name, when no Chinese spelling of the
 * country's places is close: the reference data often knows a place by an older or another Chinese name than the one
 * an office writes (海参崴 for 符拉迪沃斯托克, 双城子 for 乌苏里斯克, 班德堡 for 班达伯格), or by its Latin name only
 * (Suntar). Both names are read as a row of consonant sounds, the Chinese by the pinyin of its characters (符拉迪沃斯托克
 * F-L-T-F-S-T-K), the Latin by its letters (Vladivostok F-L-T-F-S-T-K), vowels left out because transliteration
 * changes them most; the rows are compared by an edit distance in which sounds that transliterations swap (k/h, k/s,
 * p/f) and sounds a Chinese spelling drops or adds (an r after a vowel, an h, a final n) cost half. Places whose sounds
 * are close (0.8) are then ranked by the sounds (0.7) and the letters (0.3: the pinyin as Latin spells it, 乌苏里斯克
 * usulisk, against the Latin name), which tells apart names of the same consonants (Ussuriysk, Salsk). A place is
 * taken only when its reading is close, clearly closer than that of any place of another name, begins with a like
 * sound and has at least three sounds; the note says so, with the candidates. Never for names Chinese writes by the
 * meaning of their characters (Japan, Korea, Vietnam) or that begin with a qualifier (下西里西亚). Runs only after the
 * exact lookup and the Chinese spelling match found nothing, over one country. Thresholds set on the dev sets.
 */
final class LatinReading {

    /** How alike the consonant sounds must be: one cheap difference in four sounds, one full one in five. */
    static final double ACCEPT = 0.8;
    /** How much closer the best place must read than the next one of another name (sounds and letters combined). */
    static final double MARGIN = 0.06;

    private final Gazetteer g;

    LatinReading(Gazetteer g) {
        this.g = g;
    }

    /** A place, the Latin key it was read by, and how alike that reads to the written name. */
    record Scored(Gazetteer.Entry place, String latin, String key, double similarity) {
    }

    /** The closest places (best first) and whether the best is accepted. */
    record Result(List<Scored> candidates, boolean accepted) {
        /** The best place, with the places of the same Latin name (a city and the region named after it). */
        List<Gazetteer.Entry> places() {
            return accepted ? candidates.stream().filter(c -> c.key().equals(candidates.get(0).key()))
                    .map(Scored::place).distinct().toList() : List.of();
        }

        /** The places that read closest (at most three) as a note, and that the best was taken when it was. */
        ResolverNote note(Function<Gazetteer.Entry, ResolverNote> place) {
            ResolverNote list = ResolverNote.list(candidates.stream().limit(3).map(c -> ResolverNote.of("heard",
                    place.apply(c.place()), c.latin(), String.format(java.util.Locale.ROOT, "%.2f", c.similarity())))
                    .toList());
            return accepted ? ResolverNote.of("sounds_taken", list) : list;
        }
    }

    /** English designations at the end of a Latin key (keys have no spaces), no part of the name. */
    private static final List<String> DESIGNATIONS = List.of("autonomousrepublic", "region", "state", "department",
            "republic", "voivodeship", "governorate", "province", "prefecture", "county", "district", "municipality",
            "oblast", "krai", "city");

    /**
     * Countries whose places Chinese writes by the meaning of their own characters, not by their sounds (Japanese
     * kanji, Korean hanja, Sino-Vietnamese): their names cannot be read this way (川北町 is Kawakita, not Sunpu).
     */
    private static final java.util.Set<String> WRITTEN_BY_CHARACTERS = java.util.Set.of("JP", "KR", "KP", "VN", "TW");

    /** Characters that qualify a name by their meaning (as in {@link SpellingMatch}): 下萨克森, 北帕默斯顿, 新南威尔士. */
    private static final String QUALIFIERS = "上下东西南北中新大小老";

    /** The consonant sounds of each Latin key read so far (keys are few and read often). */
    private static final Map<String, String> LATIN = new java.util.concurrent.ConcurrentHashMap<>();

    /** How much the consonant sounds weigh against the letters (pinyin against the Latin name, vowels included). */
    private static final double SOUNDS = 0.7;

    /** The country's places of the level (null: any, CITY: any but first-level) whose Latin name reads most alike. */
    Result closest(String full, String country, Level level) {
        String written = ForeignName.keys(full).stream().filter(Names::hasHan).findFirst().orElse(null);
        // a qualifier in front is a word translated by its meaning (下西里西亚 Lower Silesia), not a sound
        String heard = written == null || WRITTEN_BY_CHARACTERS.contains(country)
                || QUALIFIERS.indexOf(written.charAt(0)) >= 0 ? null : ofChinese(written);
        if (heard == null || heard.length() < 3) {
            return new Result(List.of(), false);
        }
        String letters = pinyinLetters(written);
        Map<Gazetteer.Entry, Scored> best = new LinkedHashMap<>();
        for (Gazetteer.Spelling s : g.latinSpellings(country)) {
            Gazetteer.Entry e = s.place();
            if (level == Level.PROVINCE ? e.level() != Level.PROVINCE : level != null && e.level() == Level.PROVINCE) {
                continue;
            }
            String key = withoutDesignation(s.key());
            String latin = LATIN.computeIfAbsent(key, LatinReading::ofLatin);
            if (latin.length() < 3 || !near(heard.charAt(0), latin.charAt(0))) {
                continue;
            }
            double sounds = similarity(heard, latin);
            if (sounds < ACCEPT) {
                continue;
            }
            double sim = SOUNDS * sounds + (1 - SOUNDS) * letters(letters, latinLetters(key));
            Scored before = best.get(e);
            if (before == null || sim > before.similarity()) {
                best.put(e, new Scored(e, e.nameEn() != null ? e.nameEn() : s.key(), key, sim));
            }
        }
        List<Scored> ranked = best.values().stream().sorted(Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparing(sc -> sc.place().id())).toList();
        if (ranked.isEmpty()) {
            return new Result(List.of(), false);
        }
        Scored top = ranked.get(0);
        Scored next = ranked.stream().filter(c -> !c.key().equals(top.key())).findFirst().orElse(null);
        boolean clear = next == null || top.similarity() - next.similarity() >= MARGIN;
        return new Result(ranked, top.similarity() >= ACCEPT_SCORE && clear);
    }

    /** The least combined score taken (sounds and letters). */
    static final double ACCEPT_SCORE = 0.7;

    /** The pinyin of a transliteration as Latin letters would spell the sounds (乌苏里斯克 usulisike). */
    static String pinyinLetters(String han) {
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
            b.append(py.replace("zh", "j").replace("x", "s").replace("q", "ch").replace('v', 'u').replace('r', 'l'));
        }
        return b.toString();
    }

    /** A Latin key spelt as {@link #pinyinLetters} spells: l for r, i for y. */
    static String latinLetters(String key) {
        return key.replace('r', 'l').replace('y', 'i');
    }

    /** How alike two strings of letters are: one less the share of edits. */
    static double letters(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(prev[j - 1] + cost, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[b.length()] / Math.max(1, Math.max(a.length(), b.length()));
    }

    private static String withoutDesignation(String key) {
        for (String d : DESIGNATIONS) {
            if (key.endsWith(d) && key.length() - d.length() >= 3) {
                return key.substring(0, key.length() - d.length());
            }
        }
        return key;
    }

    /** The consonant sounds of a Chinese transliteration, by the pinyin of its characters; null if one has none. */
    static String ofChinese(String han) {
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

    /** The consonant sounds of a Latin name (a key: lower case, no accents, spaces or punctuation). */
    static String ofLatin(String key) {
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
                case 'g' -> b.append(next == 'i' ? 'S' : 'K');
                case 'x' -> b.append("KS");
                case 'j', 's', 'z' -> b.append('S');
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
    private static boolean near(char a, char b) {
        return a == b || pair(a, b, 'K', 'H') || pair(a, b, 'K', 'S') || pair(a, b, 'P', 'F') || pair(a, b, 'H', 'F');
    }

    private static boolean pair(char a, char b, char x, char y) {
        return a == x && b == y || a == y && b == x;
    }

    /** 1 for the same reading, falling towards 0; see the class comment for the costs. */
    static double similarity(String heard, String latin) {
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
    static List<String> readings(String han, String latinKey) {
        List<String> r = new ArrayList<>();
        r.add(ofChinese(han));
        r.add(ofLatin(latinKey));
        return r;
    }
}
