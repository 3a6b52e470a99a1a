package org.youcheng.extract.internal;

/**
 * A count of places (两城, 三座城市, 几个市, 各州): where a foreign name read before it ends (惠灵顿两城 is 惠灵顿), and a
 * name read after a country that is no name (法国两城市). One definition for both readings.
 */
final class PlaceCount {

    /** Numerals that count the places a sentence has just named. */
    private static final String NUMERALS = "两二三四五六七八九十几数";
    /**
     * Words of quantity that begin transliterations as well (多伦多, 诸暨 aside): they make a count only when nothing
     * else is written, never where a name may go on.
     */
    private static final String DETERMINERS = "多各诸该";

    private static final String MEASURES = "个座";
    /** Nouns of places after the count. 国 is left out: 三国町 is a name. */
    private static final String[] NOUNS = {"城市", "城", "市", "省", "州", "县", "区", "地"};

    private PlaceCount() {}

    /** Whether a count of places made of a numeral (两城, 三座城市, 四地) begins at {@code k}. */
    static boolean at(String s, int k) {
        return end(s, k) > 0;
    }

    /** The end of a count of places made of a numeral that begins at {@code k}, or -1. */
    static int end(String s, int k) {
        return k < s.length() && NUMERALS.indexOf(s.charAt(k)) >= 0 ? afterQuantity(s, k + 1) : -1;
    }

    /** Whether the whole of {@code name} is a count of places (两城市, 三个市, 多座城市, 该市). */
    static boolean whole(String name) {
        return !name.isEmpty()
                && (NUMERALS.indexOf(name.charAt(0)) >= 0 || DETERMINERS.indexOf(name.charAt(0)) >= 0)
                && afterQuantity(name, 1) == name.length();
    }

    /** The end of an optional measure word and a noun of places at {@code p}, or -1. */
    private static int afterQuantity(String s, int p) {
        int q = p < s.length() && MEASURES.indexOf(s.charAt(p)) >= 0 ? p + 1 : p;
        for (String noun : NOUNS) {
            if (s.startsWith(noun, q)) {
                return q + noun.length();
            }
        }
        return -1;
    }
}
