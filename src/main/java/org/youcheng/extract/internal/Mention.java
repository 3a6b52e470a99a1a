package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;

/**
 * A place named in an article: where it is written ({@code start} includes a country written in front), what kind of
 * mention it is, the name as written without the country, and the registry place when the name is known.
 */
record Mention(
        int start,
        int end,
        Type type,
        String name,
        Gazetteer.Entry place,
        String countryCode,
        String countryText,
        boolean bare) {

    /** The mentions that the test does not drop, the same list when it drops none. */
    static java.util.List<Mention> without(java.util.List<Mention> in, java.util.function.Predicate<Mention> drop) {
        java.util.List<Mention> out = null;
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            boolean dropped = drop.test(m);
            if (dropped && out == null) {
                out = new java.util.ArrayList<>(in.subList(0, i));
            } else if (!dropped && out != null) {
                out.add(m);
            }
        }
        return out == null ? in : out;
    }

    /** The first mention (in text order) that starts at a position, or null. */
    static Mention startingAt(java.util.List<Mention> ms, int at) {
        int i = firstAt(ms, at);
        return i < ms.size() && ms.get(i).start() == at ? ms.get(i) : null;
    }

    /** The index of the first mention (of a list in text order) that starts at or after a position: a binary search. */
    static int firstAt(java.util.List<Mention> ms, int at) {
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first mention (in text order) that ends at a position and starts at {@code from} or after, or null. */
    static Mention endingAt(java.util.List<Mention> ms, int end, int from) {
        for (Mention m : ms) {
            if (m.end() == end && m.start() >= from) {
                return m;
            }
            if (m.start() >= end) {
                break;
            }
        }
        return null;
    }

    /** Whether any of the mentions is a foreign place. */
    static boolean anyForeign(java.util.List<Mention> ms) {
        return ms.stream().anyMatch(Mention::foreign);
    }

    enum Type {
        /** a Chinese division found in the gazetteer (浙江, 宁波市, 浙江省宁波市鄞州区) */
        CHINESE,
        /** a foreign place with its country in front (日本富山市, 法国奥弗涅—罗讷—阿尔卑斯大区…) */
        FOREIGN,
        /** a foreign place written without its country: a gazetteer name or one seen earlier in the article */
        FOREIGN_BARE,
        /** the article's own place: 我市, 本市, 我省 */
        SUBJECT,
        /** a one-character short form such as 哈市, resolved against the article's cities */
        SHORT,
        /** a country alone (日本、俄罗斯) */
        COUNTRY
    }

    boolean foreign() {
        return type == Type.FOREIGN || type == Type.FOREIGN_BARE;
    }

    boolean domestic() {
        return type == Type.CHINESE || type == Type.SUBJECT || type == Type.SHORT;
    }

    /**
     * Whether this names a Chinese city that a one-character short form (哈市 for 哈尔滨市) may stand for: no province or
     * district, a name of three characters or more, not a short name written bare.
     */
    boolean cityOfShortForms() {
        if (type != Type.CHINESE) {
            return false;
        }
        org.youcheng.registry.Level level = place.level();
        return !(bare
                        && level != org.youcheng.registry.Level.PROVINCE
                        && level != org.youcheng.registry.Level.PREFECTURE
                        && name.length() < 3)
                && level != org.youcheng.registry.Level.PROVINCE
                && level != org.youcheng.registry.Level.DISTRICT
                && place.nameZh().length() >= 3;
    }

    /** A foreign gazetteer name of one or two characters written alone (希望, 和平): mostly a word, no place. */
    boolean shortWord() {
        return foreign() && bare && name.length() < 3;
    }
}
