package org.youcheng.registry;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.util.List;

/**
 * Characters one of which is written wherever HanLP's traditional-to-simplified conversion changes a text, read once
 * from the dictionary it converts with: every traditional character, and a character of each phrase it changes. A
 * text with none of them comes out of the conversion as it went in, so {@link Names#simplified} passes it by (names
 * and clauses are simplified many times over while an article is read, and nearly all are simplified already).
 */
final class Convertible {

    /** A bit per character; null when the dictionary could not be read (then every text is converted). */
    private static final long[] CHARS = read();

    private Convertible() {}

    /** Whether the conversion may change the text (false only when it certainly leaves it as it is). */
    static boolean mayChange(String text) {
        if (CHARS == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (marked(CHARS, text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static long[] read() {
        List<String> lines;
        try {
            lines = IOUtil.readLineListWithLessMemory(HanLP.Config.tcDictionaryRoot + "t2s.txt");
        } catch (RuntimeException e) {
            return null;
        }
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        long[] bits = new long[1 << 10];
        List<String[]> phrases = new java.util.ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String from = eq <= 0 ? "" : line.substring(0, eq);
            String to = eq <= 0 ? "" : line.substring(eq + 1).strip();
            if (from.equals(to)) {
                continue;
            }
            if (from.length() == 1) {
                set(bits, from.charAt(0)); // a traditional character
            } else {
                phrases.add(new String[] {from, to});
            }
        }
        // a phrase that changes matches only where all its characters are written: one of them is mark enough, one
        // already marked if it has one (沈沒: 沒), else the one it changes first (程式: 式), else its last (士多啤梨: 梨)
        for (String[] p : phrases) {
            if (p[0].chars().noneMatch(c -> marked(bits, (char) c))) {
                set(bits, p[0].charAt(firstChange(p[0], p[1])));
            }
        }
        for (char c : Names.VARIANTS.toCharArray()) {
            set(bits, c);
        }
        return bits;
    }

    private static int firstChange(String from, String to) {
        if (from.length() != to.length()) {
            return from.length() - 1;
        }
        int i = 0;
        while (from.charAt(i) == to.charAt(i)) {
            i++;
        }
        return i;
    }

    private static void set(long[] bits, char c) {
        bits[c >>> 6] |= 1L << c;
    }

    private static boolean marked(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
