package org.youcheng.extract.internal;

import java.util.Arrays;

/**
 * A character trie with primitive arrays: children in one open-addressed hash table keyed by (node, character),
 * so that a scan costs a hash probe per character and no allocation. Built once, then read by many threads.
 */
final class Trie {

    private long[] keys;
    private int[] children;
    private int[] values = new int[16];
    /** The root's children by character: the first step of every look-up is one array read, no hashing. */
    private final int[] root;

    private int size;
    private int nodes = 1;

    Trie() {
        this(1 << 12);
    }

    /** @param capacity expected number of characters over all words (the table grows as needed) */
    Trie(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) * 2;
        keys = new long[n];
        children = new int[n];
        Arrays.fill(keys, -1L);
        Arrays.fill(values, -1);
        // a small trie (one article's names) hashes its first step too, rather than carry a 256 KB table
        root = capacity >= 1 << 12 ? new int[1 << 16] : null;
        if (root != null) {
            Arrays.fill(root, -1);
        }
    }

    /** Files a word with a value (≥ 0); a later value for the same word replaces the earlier. */
    void put(CharSequence word, int value) {
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
            int next = child(node, word.charAt(i));
            if (next < 0) {
                next = nodes++;
                insert(node, word.charAt(i), next);
            }
            node = next;
        }
        if (node >= values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(node + 1, old * 2));
            Arrays.fill(values, old, values.length, -1);
        }
        values[node] = value;
    }

    /**
     * The end of the longest word starting at {@code from}, or -1; its value in {@code value[0]}. Brackets inside a
     * word are stepped over, so that 刚果(布) finds the key 刚果布.
     */
    int longest(CharSequence text, int from, int limit, int[] value) {
        if (from >= limit) {
            return -1;
        }
        int node = child(0, text.charAt(from));
        if (node < 0) {
            return -1;
        }
        int end = -1;
        if (node < values.length && values[node] >= 0) {
            end = from + 1;
            value[0] = values[node];
        }
        for (int i = from + 1; i < limit; i++) {
            char c = text.charAt(i);
            int next = child(node, c);
            if (next < 0) {
                if (ChineseText.openParen(c) || ChineseText.closeParen(c)) {
                    if (ChineseText.closeParen(c) && end == i) {
                        end = i + 1;
                    }
                    continue;
                }
                break;
            }
            node = next;
            if (node < values.length && values[node] >= 0) {
                end = i + 1;
                value[0] = values[node];
            }
        }
        return end;
    }

    /** Whether some word starts with this character. */
    boolean starts(char c) {
        return child(0, c) >= 0;
    }

    private int child(int node, char c) {
        if (node == 0 && root != null) {
            return root[c];
        }
        long key = ((long) node << 16) | c;
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return children[i];
            }
            if (k == -1L) {
                return -1;
            }
        }
    }

    private void insert(int node, char c, int child) {
        if (node == 0 && root != null) {
            root[c] = child;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long key = ((long) node << 16) | c;
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != -1L) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        children[i] = child;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != -1L) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != -1L) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                children[i] = oldChildren[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
