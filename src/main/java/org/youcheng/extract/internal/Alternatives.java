package org.youcheng.extract.internal;

/** Places written as a choice (上海或天津, 或者): a tie proposed with either of them is no tie with each. */
final class Alternatives {

    private Alternatives() {}

    /** Whether the place is written beside another with 或 (或者) between them. */
    static boolean either(Sentence s, Mention m) {
        for (Mention o : s.ms) {
            String between = o.start() >= m.end()
                    ? s.text.substring(m.end(), o.start())
                    : o.end() <= m.start() ? s.text.substring(o.end(), m.start()) : "";
            if (between.equals("或") || between.equals("或者")) {
                return true;
            }
        }
        return false;
    }
}
