package org.youcheng.io;

import java.util.Arrays;

/**
 * Remembers the first row of each pair of places in a file: an open-addressing table of primitive longs,
 * 16 bytes a pair instead of the hundred or so of a boxed map, since a file may hold millions of pairs.
 */
final class PairIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 12];
    private long[] rows = new long[1 << 12];
    private int size;

    PairIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the pair at this row; returns the row it was first seen at, or 0 when it is new. */
    long putIfAbsent(long key, long row) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = key;
                rows[i] = row;
                size++;
                return 0;
            }
            if (keys[i] == key) {
                return rows[i];
            }
        }
    }

    /** The row recorded for this key, or 0 when there is none. */
    long get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                return 0;
            }
            if (keys[i] == key) {
                return rows[i];
            }
        }
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new long[oldRows.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldRows[i]);
            }
        }
    }
}
