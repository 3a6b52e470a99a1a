package org.youcheng.registry.internal;

import java.util.HashMap;
import java.util.Map;
import org.youcheng.common.Tsv;

/**
 * The Korean reading of a name written in Chinese characters, in the Revised Romanization of Korean: 陰城 (阴城) 음성
 * Eumseong, 扶安 부안 Buan, 新羅 신라 Silla. Each character's Sino-Korean reading comes from Unicode's Unihan database
 * (refdata/unihan); the syllables are romanized with the sound changes the romanization writes at their joins (ㄴ+ㄹ
 * ll, ㄱ+ㄹ ngn, ㅇ+ㄹ ngn) and the initial-sound rule of Sino-Korean words (리 in front is 이: 利川 Icheon).
 */
public final class Hangul {

    private static final String[] INITIAL = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] MEDIAL = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    /** The final consonants, as the romanization writes them at the end of a word or before a consonant. */
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    private static final int RIEUL = 5;
    private static final int NIEUN = 2;
    private static final int IEUNG = 11;

    private Hangul() {}

    /** The romanized Korean reading of the characters, or null when one of them has no Korean reading. */
    public static String reading(String han) {
        StringBuilder syllables = new StringBuilder();
        for (int i = 0; i < han.length(); i++) {
            String s = Table.READING.get(han.charAt(i));
            if (s == null) {
                return null;
            }
            syllables.append(s);
        }
        return syllables.isEmpty() ? null : romanized(syllables.toString());
    }

    /** A word of hangul syllables in the Revised Romanization (lower case). */
    static String romanized(String word) {
        int n = word.length();
        int[] ini = new int[n];
        int[] med = new int[n];
        int[] fin = new int[n];
        for (int i = 0; i < n; i++) {
            int c = word.charAt(i) - 0xAC00;
            if (c < 0 || c >= 11172) {
                return null;
            }
            ini[i] = c / 588;
            med[i] = (c % 588) / 28;
            fin[i] = c % 28;
        }
        // the initial-sound rule of Sino-Korean words: ㄹ in front is ㄴ, and ㄴ before i or y is silent (리 이, 라 나)
        if (ini[0] == RIEUL) {
            ini[0] = NIEUN;
        }
        if (ini[0] == NIEUN && "iy".indexOf(MEDIAL[med[0]].charAt(0)) >= 0) {
            ini[0] = IEUNG;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String initial = INITIAL[ini[i]];
            if (i > 0) {
                String before = FINAL[fin[i - 1]];
                if (ini[i] == RIEUL) {
                    // ㄴ or ㄹ before ㄹ is ll; any other consonant makes the ㄹ an n (종로 Jongno, 백령 Baengnyeong)
                    initial = before.equals("n") || before.equals("l") ? "l" : before.isEmpty() ? "r" : "n";
                }
            }
            out.append(initial).append(MEDIAL[med[i]]);
            String fin0 = FINAL[fin[i]];
            if (i + 1 < n) {
                int next = ini[i + 1];
                if (fin0.equals("n") && next == RIEUL) {
                    fin0 = "l";
                } else if (fin0.equals("l") && next == NIEUN) {
                    fin0 = "l";
                    ini[i + 1] = RIEUL;
                } else if (next == RIEUL || next == NIEUN || next == 6) {
                    // ㄱ and ㅂ are nasal before ㄴ, ㄹ and ㅁ (국민 gungmin, 백령 baengnyeong, 십리 simni)
                    fin0 = fin0.equals("k") ? "ng" : fin0.equals("p") ? "m" : fin0;
                } else if (next == IEUNG && fin0.length() == 1 && "kptl".contains(fin0)) {
                    // a final before a vowel is voiced and carried over (국어 gugeo, 합용 habyong, 물어 mureo)
                    fin0 = switch (fin0) {
                        case "k" -> "g";
                        case "p" -> "b";
                        case "t" -> "d";
                        default -> "r";
                    };
                }
            }
            out.append(fin0);
        }
        return out.toString();
    }

    /** The readings, loaded when first asked for. */
    private static final class Table {
        static final Map<Character, String> READING = load();

        private static Map<Character, String> load() {
            Map<Character, String> m = new HashMap<>();
            for (String[] row : Tsv.read("refdata/unihan/hangul.tsv")) {
                if (row.length == 2 && row[0].length() == 1) {
                    m.put(row[0].charAt(0), row[1]);
                }
            }
            return Map.copyOf(m);
        }
    }
}
