package org.youcheng.extract.internal;

/**
 * A state written by its short form after its full name in one article (新泽西州, later 新州; 加利福尼亚州, 加州): the
 * first character and 州 stand for the state the article has named in full.
 */
final class StateShort {

    private StateShort() {}

    /** Whether one name is the two-character short form (X州) of the other, a longer name beginning with X and ending with 州. */
    static boolean of(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() == 2
                && shorter.charAt(1) == '州'
                && longer.length() > 2
                && longer.charAt(0) == shorter.charAt(0)
                && longer.endsWith("州");
    }
}
