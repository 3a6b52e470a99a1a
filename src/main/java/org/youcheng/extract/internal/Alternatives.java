package org.youcheng.extract.internal;

/** Places written as a choice (上海或天津, 或者): a tie proposed with either of them is no tie with each. */
final class Alternatives {

    private Alternatives() {}

    /** Whether the place is written beside another with 或 (或者) between them. */
    static boolean either(Sentence s, Mention m) {
        for (Mention o : s.ms) {
            if (joined(s.text, m.end(), o.start()) || joined(s.text, o.end(), m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether 或 or 或者, and nothing else, stands between two positions. */
    private static boolean joined(String t, int a, int b) {
        return b - a == 1 && t.charAt(a) == '或' || b - a == 2 && t.startsWith("或者", a);
    }
}
