package org.youcheng.extract.internal;

/**
 * A tie an article states twice (for {@link ArticleReader}): when two statements are one tie — the same domestic place
 * and one partner written the same way, with and without its region, or by a state's short form — and the one
 * statement made of the two.
 */
final class StatedTwice {

    private StatedTwice() {}

    /** Whether a statement read later ({@code f}, its name's key {@code key}) states the tie of one kept before. */
    static boolean same(TieFinder.Found kept, String keptKey, TieFinder.Found f, String key) {
        return kept.domestic().id() == f.domestic().id()
                && (ScoreRules.same(keptKey, key) && !twoLevels(kept.partner(), f.partner())
                        || abbreviated(kept.partner(), f.partner())
                        || StateShort.of(kept.partner().name(), f.partner().name())
                        || regionOnly(kept.partner(), f.partner()));
    }

    /**
     * What two statements of one tie must share, packed in a long: the last character of the name's key (keys equal or
     * one ending the other), the first character of the name (one name beginning the other, a state's short form) and
     * its last two (one name ending the other); 0 where a name is too short to share it. A list of hundreds of rows
     * compares every row with every other: this answers nearly all of them with one comparison of longs.
     */
    static long mark(String key, String name) {
        long keyLast = key.isEmpty() ? 0 : key.charAt(key.length() - 1);
        long first = name.length() < 2 ? 0 : name.charAt(0);
        long lastTwo =
                name.length() < 2 ? 0 : (long) name.charAt(name.length() - 2) << 16 | name.charAt(name.length() - 1);
        return keyLast << 48 | first << 32 | lastTwo;
    }

    /** False only when two statements with these marks cannot be one tie ({@link #same} is false). */
    static boolean may(long a, long b) {
        long keyLast = 0xFFFFL << 48;
        long first = 0xFFFFL << 32;
        long lastTwo = 0xFFFFFFFFL;
        return (a & keyLast) != 0 && (a & keyLast) == (b & keyLast)
                || (a & first) != 0 && (a & first) == (b & first)
                || (a & lastTwo) != 0 && (a & lastTwo) == (b & lastTwo);
    }

    /** One statement of a pair from two: the better one's kind and evidence, the fuller name, a date if either has one. */
    static TieFinder.Found merged(TieFinder.Found f, TieFinder.Found before, int titleEnd) {
        TieFinder.Found winner = better(f, before) ? f : before;
        boolean fTitle = f.start() < titleEnd;
        if (fTitle != before.start() < titleEnd) {
            // a headline compresses (…结为友好城市 over a letter of intent): the body's specific word names the kind
            TieFinder.Found body = fTitle ? before : f;
            winner = body.generic() ? winner : body;
        }
        // the fuller name of the two (莫吉廖夫州博布鲁伊斯克市 over 博布鲁伊斯克市) names the partner
        TieFinder.Found fuller =
                f.partner().name().length() > before.partner().name().length() ? f : before;
        return new TieFinder.Found(
                winner.domestic(),
                fuller.partner(),
                winner.kind(),
                winner.generic(),
                winner.signed() != null ? winner.signed() : fuller.signed(),
                winner.start(),
                winner.end(),
                winner.pattern());
    }

    /**
     * 大阪市 and 大阪府 in one list: one name written with two levels' suffixes, two known places, two ties.
     */
    private static boolean twoLevels(Mention a, Mention b) {
        String x = a.name();
        String y = b.name();
        return a.place() != null
                && b.place() != null
                && a.place().id() != b.place().id()
                && a.place().level() != b.place().level()
                && x.length() == y.length()
                && x.regionMatches(0, y, 0, x.length() - 1)
                && x.charAt(x.length() - 1) != y.charAt(y.length() - 1)
                && PlaceLexicon.endsWithSuffix(x, 0, x.length())
                && PlaceLexicon.endsWithSuffix(y, 0, y.length());
    }

    /**
     * 光州广域市南区 and later 南区: a foreign place written once with its region and then by its last part alone, in
     * the same country or with none written.
     */
    private static boolean abbreviated(Mention a, Mention b) {
        Mention longer = a.name().length() >= b.name().length() ? a : b;
        Mention shorter = longer == a ? b : a;
        return shorter.name().length() >= 2
                && longer.name().endsWith(shorter.name())
                && (shorter.countryCode() == null
                        || longer.countryCode() == null
                        || shorter.countryCode().equals(longer.countryCode()));
    }

    /**
     * 首尔 in a headline and 首尔市衿川区 in the body, 全罗北道 cut short and 全罗北道扶安郡: one name begins the other and
     * the longer goes on by a place of its own (two characters or more), in the same country or with none written.
     */
    static boolean regionOnly(Mention a, Mention b) {
        Mention longer = a.name().length() >= b.name().length() ? a : b;
        Mention shorter = longer == a ? b : a;
        return shorter.name().length() >= 2
                && longer.name().length() - shorter.name().length() >= 2
                && longer.name().startsWith(shorter.name())
                && (shorter.countryCode() == null
                        || longer.countryCode() == null
                        || shorter.countryCode().equals(longer.countryCode()));
    }

    private static boolean better(TieFinder.Found f, TieFinder.Found than) {
        if (f.generic() != than.generic()) {
            return !f.generic();
        }
        if (f.kind() != than.kind()) {
            return f.kind().ordinal() < than.kind().ordinal();
        }
        return than.signed() == null && f.signed() != null;
    }
}
