package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where a match may begin: at the first position of the region and at the characters
 * {@code firsts} names. Java's matcher tries every position of a region, each branch of an alternation in turn; most
 * positions of running text begin no match, and one look at a string of characters answers them.
 *
 * <p>{@link #find} finds what {@code pattern.matcher(s).region(from, to).find()} finds: over a whole text exactly (the
 * bounds made transparent and non-anchoring, so that a match at a region's start is the match at that position of the
 * text), over part of one for an expression whose look-arounds stay inside its match and its region.
 */
record CuedPattern(Pattern pattern, String firsts) {

    /** Where the first match in {@code [from, to)} begins, or -1. */
    int find(String s, int from, int to) {
        Matcher m = pattern.matcher(s);
        if (from == 0 && to == s.length()) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }
        for (int k = from; k < to; k++) {
            if ((k == from || firsts.indexOf(s.charAt(k)) >= 0)
                    && m.region(k, to).lookingAt()) {
                return k;
            }
        }
        return -1;
    }
}
