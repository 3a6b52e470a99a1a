package org.youcheng.extract.internal;

import java.util.Arrays;

/**
 * A character trie with primitive arrays: children in one open-addressed hash table keyed by (node, character),
 * so that a scan costs a hash probe per character and no allocation. Built once, then read by many threads.
 */
final class Trie {

    /** Open-addressed (node, character) → child entries, each one long: key in the high 40 bits, child in the low 24. */
    private long[] keys;

    private int[] values = new int[16];
    /**
     * Large tries only: a bit per character that begins some word. The root's child for character c is node c + 1
     * (no table to read: a 256 KB table of the root's children missed the cache at most positions of running text),
     * and nodes deeper down are numbered from 65,537.
     */
    private final long[] firsts;
    /** The first two characters of the words: a filter, and for a large trie the nodes two characters deep. */
    private final TriePairs pairs;
    /** A bit per one-character word's character modulo 256: whether a position that begins no pair may hold one. */
    private final long[] singles = new long[4];

    private static final int CHILD_BITS = 24;
    private static final long CHILD_MASK = (1L << CHILD_BITS) - 1;
    /** Below 2^24 - 1, so that no entry can equal the empty mark -1. */
    private static final int MAX_NODES = (1 << CHILD_BITS) - 1;

    private int size;
    private int nodes;

    /** A trie for a small vocabulary (suffixes, stop words, tie words): its tables stay in cache. */
    Trie() {
        this(64);
    }

    /** @param capacity expected number of characters over all words (the table grows as needed) */
    Trie(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) * 2;
        keys = new long[n];
        Arrays.fill(keys, -1L);
        Arrays.fill(values, -1);
        // a small trie (a vocabulary, one article's names) hashes its first step too, rather than number 65,536
        // nodes it does not have
        firsts = capacity >= 1 << 12 ? new long[1 << 10] : null;
        nodes = firsts != null ? (1 << 16) + 1 : 1;
        pairs = new TriePairs(firsts != null);
    }

    /** Files a word with a value (≥ 0); a later value for the same word replaces the earlier. */
    void put(CharSequence word, int value) {
        int node = 0;
        if (word.length() == 1) {
            singles[(word.charAt(0) & 255) >>> 6] |= 1L << word.charAt(0);
        }
        for (int i = 0; i < word.length(); i++) {
            int next = child(node, word.charAt(i));
            if (next < 0) {
                if (nodes >= MAX_NODES) {
                    throw new IllegalStateException("trie full: " + MAX_NODES + " nodes");
                }
                next = node == 0 && firsts != null ? word.charAt(i) + 1 : nodes++;
                insert(node, word.charAt(i), next);
                if (i == 1) {
                    pairs.add(word.charAt(0), word.charAt(1), next); // a new node two characters deep: a new pair
                }
            }
            node = next;
        }
        if (node >= values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(node + 1, old * 2));
            Arrays.fill(values, old, values.length, -1);
        }
        values[node] = value;
        if (word.length() == 2) {
            pairs.value(word.charAt(0), word.charAt(1), value);
        }
    }

    /**
     * The end of the longest word starting at {@code from}, or -1; its value in {@code value[0]}. Brackets inside a
     * word are stepped over, so that 刚果(布) finds the key 刚果布.
     */
    int longest(CharSequence text, int from, int limit, int[] value) {
        if (from >= limit) {
            return -1;
        }
        char first = text.charAt(from);
        if (from + 1 < limit) {
            char second = text.charAt(from + 1);
            if (!pairs.may(first, second)
                    && (singles[(first & 255) >>> 6] & (1L << first)) == 0
                    && !ChineseText.openParen(second)
                    && !ChineseText.closeParen(second)) {
                return -1; // no word of two characters begins here, nor one of one: most positions end here
            }
        }
        int node = child(0, first);
        if (node < 0) {
            return -1;
        }
        int end = -1;
        if ((singles[(first & 255) >>> 6] & (1L << first)) != 0 && node < values.length && values[node] >= 0) {
            end = from + 1;
            value[0] = values[node];
        }
        boolean opened = false;
        for (int i = from + 1; i < limit; i++) {
            char c = text.charAt(i);
            int next;
            int v; // the value of the word ending at next, read with it from the pairs' table two characters deep
            if (i == from + 1 && pairs.tabled()) {
                int slot = pairs.may(first, c) ? pairs.slot(first, c) : -1;
                next = slot < 0 ? -1 : pairs.node(slot);
                v = slot < 0 ? -1 : pairs.value(slot);
            } else {
                next = i == from + 1 && !pairs.may(first, c) ? -1 : child(node, c);
                v = next >= 0 && next < values.length ? values[next] : -1;
            }
            if (next < 0) {
                if (ChineseText.openParen(c) || ChineseText.closeParen(c)) {
                    if (ChineseText.closeParen(c) && end == i && opened) {
                        end = i + 1; // 刚果(布): the bracket opened inside the word closes it
                    }
                    opened |= ChineseText.openParen(c);
                    continue;
                }
                break;
            }
            node = next;
            if (v >= 0) {
                end = i + 1;
                value[0] = v;
            }
        }
        return end;
    }

    private int child(int node, char c) {
        if (node == 0 && firsts != null) {
            return (firsts[c >>> 6] & (1L << c)) != 0 ? c + 1 : -1;
        }
        long key = ((long) node << 16) | c;
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k >>> CHILD_BITS == key) {
                return (int) (k & CHILD_MASK);
            }
            if (k == -1L) {
                return -1;
            }
        }
    }

    private void insert(int node, char c, int child) {
        if (node == 0 && firsts != null) {
            firsts[c >>> 6] |= 1L << c;
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
        keys[i] = key << CHILD_BITS | child;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (long entry : oldKeys) {
            if (entry != -1L) {
                int i = mix(entry >>> CHILD_BITS) & mask;
                while (keys[i] != -1L) {
                    i = (i + 1) & mask;
                }
                keys[i] = entry;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
