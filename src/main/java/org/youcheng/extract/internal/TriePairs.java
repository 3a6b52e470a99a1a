package org.youcheng.extract.internal;

import java.util.Arrays;

/**
 * The first two characters of a {@link Trie}'s words, answered from cache. A bit per hashed pair, read before
 * anything else: most positions of running text begin no word of two characters, and this bitmap, kept an eighth full
 * or less (a few kilobytes for a small vocabulary, tens of kilobytes for the gazetteer), answers them where the trie's
 * child table (megabytes) would miss. A large trie also keeps, per pair, the node two characters deep and its value
 * side by side in one compact table, so that the step most scans end after reads one cache line instead of the child
 * table and the value table.
 */
final class TriePairs {

    private long[] bits = new long[8];
    /** The pairs filed so far, to fill {@link #bits} again when it grows. */
    private int[] codes = new int[16];

    private int count;
    /** 32 less the number of bits of {@link #bits}: a pair's bit is the top of its hash. */
    private int shift = 32 - 9;
    /**
     * Large tries: open-addressed slots of three ints (pair code, node, value), a slot empty while its node is 0 (no
     * node two characters deep is); null for a small trie.
     */
    private int[] table;

    private int entries;

    TriePairs(boolean large) {
        table = large ? new int[3 * 1024] : null;
    }

    /** False only when no word starts with these two characters (true may be a collision). */
    boolean may(char first, char second) {
        int bit = bit(first << 16 | second);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Whether {@link #slot} answers for this trie (a large one). */
    boolean tabled() {
        return table != null;
    }

    /** The slot of a pair in the table, or -1 when no word begins with it. */
    int slot(char first, char second) {
        int code = first << 16 | second;
        int mask = table.length / 3 - 1;
        for (int i = mix(code) & mask; ; i = (i + 1) & mask) {
            if (table[3 * i + 1] == 0) {
                return -1;
            }
            if (table[3 * i] == code) {
                return 3 * i;
            }
        }
    }

    int node(int slot) {
        return table[slot + 1];
    }

    int value(int slot) {
        return table[slot + 2];
    }

    /** Files a new node two characters deep. */
    void add(char first, char second, int node) {
        int code = first << 16 | second;
        if (count == codes.length) {
            codes = Arrays.copyOf(codes, count * 2);
        }
        codes[count++] = code;
        if (count * 8 > bits.length * 64) {
            bits = new long[bits.length * 2];
            shift--;
            for (int k = 0; k < count; k++) {
                set(codes[k]);
            }
        } else {
            set(code);
        }
        if (table != null) {
            if ((entries + 1) * 3 > table.length / 3 * 2) {
                int[] old = table;
                table = new int[old.length * 2];
                entries = 0;
                for (int s = 0; s < old.length; s += 3) {
                    if (old[s + 1] != 0) {
                        put(old[s], old[s + 1], old[s + 2]);
                    }
                }
            }
            put(code, node, -1);
        }
    }

    /** The value of the word of these two characters (a large trie). */
    void value(char first, char second, int value) {
        if (table != null) {
            table[slot(first, second) + 2] = value;
        }
    }

    private void put(int code, int node, int value) {
        int mask = table.length / 3 - 1;
        int i = mix(code) & mask;
        while (table[3 * i + 1] != 0) {
            i = (i + 1) & mask;
        }
        table[3 * i] = code;
        table[3 * i + 1] = node;
        table[3 * i + 2] = value;
        entries++;
    }

    private void set(int code) {
        int bit = bit(code);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** A pair's bit in {@link #bits}: the top bits of its code's multiplicative hash. */
    private int bit(int code) {
        return code * 0x9E3779B1 >>> shift;
    }

    private static int mix(int code) {
        int h = code * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
