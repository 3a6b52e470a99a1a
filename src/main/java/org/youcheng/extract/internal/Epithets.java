package org.youcheng.extract.internal;

/**
 * The nouns that end an epithet written before a name (俄罗斯英雄城市X市, 历史名城, 浪漫之都, 该州第一大城X市): the name
 * follows them.
 */
final class Epithets {

    private static final String[] NOUNS = {"城市", "名城", "之城", "之都"};

    /** After an ordinal only (第一大城, 第2大城): 大城 begins names of its own (大城府, Ayutthaya). */
    private static final String[] AFTER_ORDINAL = {"大城市", "大城", "大都市"};

    private Epithets() {}

    /** The end of a noun that closes an epithet at {@code k}, or -1. */
    static int end(String s, int k) {
        for (String w : NOUNS) {
            if (s.startsWith(w, k)) {
                return k + w.length();
            }
        }
        if (k > 0 && (ChineseText.digit(s.charAt(k - 1)) || ChineseNumerals.NUMERALS.indexOf(s.charAt(k - 1)) >= 0)) {
            for (String w : AFTER_ORDINAL) {
                if (s.startsWith(w, k)) {
                    return k + w.length();
                }
            }
        }
        return -1;
    }
}
