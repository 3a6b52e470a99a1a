package org.youcheng.registry;

/**
 * Which side of a pair is the domestic side: the Chinese place when exactly one side is Chinese, else the
 * lower id. Every pair thus has one orientation, and "one tie per pair" is a plain unique constraint.
 */
public final class TieOrientation {

    private TieOrientation() {}

    /** Returns {domestic, partner}. */
    public static long[] orient(long a, boolean aChinese, long b, boolean bChinese) {
        if (aChinese != bChinese) {
            return aChinese ? new long[] {a, b} : new long[] {b, a};
        }
        return a < b ? new long[] {a, b} : new long[] {b, a};
    }
}
