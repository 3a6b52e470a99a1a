package org.youcheng.registry;

/**
 * Counts of pieces of Latin names (one to five letters a to z), alone or with a Chinese character, for
 * {@link TransliterationModel}: an open-addressed table of primitive keys, since training adds millions of counts
 * and boxed map entries would cost most of its time.
 */
final class PieceCounts {

    private static final long EMPTY = -1;

    private long[] keys;
    private double[] values;
    private int size;

    PieceCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new double[capacity];
        java.util.Arrays.fill(keys, EMPTY);
    }

    /** The key of the letters {@code from} to {@code to} of a Latin key with a character ('\0': the piece alone). */
    static long key(String latin, int from, int to, char c) {
        long code = 0;
        for (int i = from; i < to; i++) {
            code = code * 27 + (latin.charAt(i) - 'a' + 1);
        }
        return code << 16 | c;
    }

    /** The letters of a key's piece. */
    static String letters(long key) {
        StringBuilder b = new StringBuilder();
        for (long code = key >>> 16; code > 0; code /= 27) {
            b.append((char) ('a' + code % 27 - 1));
        }
        return b.reverse().toString();
    }

    static long pieceOnly(long key) {
        return key & ~0xFFFFL;
    }

    static char character(long key) {
        return (char) (key & 0xFFFF);
    }

    double get(long key) {
        int i = slot(key);
        return keys[i] == key ? values[i] : 0;
    }

    void add(long key, double value) {
        int i = slot(key);
        if (keys[i] != key) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                i = slot(key);
            }
        }
        values[i] += value;
    }

    int size() {
        return size;
    }

    /** A key and its count, without boxing. */
    interface Entry {
        void accept(long key, double count);
    }

    /** Every key with a count above 0. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && values[i] > 0) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    /** A copy without the counts below {@code least}. */
    PieceCounts pruned(double least) {
        PieceCounts kept = new PieceCounts(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && values[i] >= least) {
                kept.add(keys[i], values[i]);
            }
        }
        return kept;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }
}
