package org.youcheng.extract.internal;

import java.util.regex.Pattern;

/**
 * A whole that changed, written with its former and its new count (友城数量从35对增加到41对, 由702对跃升至718对): the
 * count after the verb is the total; the one after 从 or 由 is its former size.
 */
final class WholeChange {

    /** Verbs of a whole that changed, before its new count (增加到, 跃升至). */
    static final String VERB = "增至|增加到|增加至|增长至|增长到|增长为|扩大到|扩大至|上升到|上升至|发展到|发展至|跃升至|跃升到|跃升为|提升至|提升到|升至";

    /** What follows a count's digits: 余 or 多, a measure word. */
    private static final String MEASURE = "\\s*(?:余|多)?(?:个|座|对)?";

    /** The former count, as it may stand between a tie word and the new count (友城数量从35对|增加到41对). */
    static final String FROM_COUNT = "[从由]\\d{1,5}" + MEASURE;

    private static final Pattern CHANGED = Pattern.compile(MEASURE + "\\s*(?:" + VERB + ")");

    private WholeChange() {}

    /**
     * Whether the count written from {@code start} (its digits ending at {@code digitsEnd}) is a whole's former size:
     * 从 or 由 before it, a verb of change after it.
     */
    static boolean formerCount(String s, int start, int digitsEnd, int to) {
        return start > 0
                && "从由".indexOf(s.charAt(start - 1)) >= 0
                && CHANGED.matcher(s).region(digitsEnd, to).lookingAt();
    }
}
