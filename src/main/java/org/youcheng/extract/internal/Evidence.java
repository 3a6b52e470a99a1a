package org.youcheng.extract.internal;

/**
 * The text a tie is shown with: its sentence without the spaces around it, or, for a sentence longer than {@link
 * #LONGEST} (a run-on paragraph), the clauses of the tie from the start of the clause its pair begins in.
 */
record Evidence(int start, int end) {

    /** A sentence longer than this gives the clauses of the tie as evidence, not itself. */
    static final int LONGEST = 240;

    /** The evidence of a tie read at {@code [spanStart, spanEnd)} in the sentence {@code [from, to)} of a text. */
    static Evidence of(String text, int from, int to, int spanStart, int spanEnd) {
        int start = ChineseText.afterSpaces(text, from, to);
        int end = to;
        while (end > start && ChineseText.space(text.charAt(end - 1))) {
            end--;
        }
        if (end - start > LONGEST) {
            start = Math.max(from, spanStart);
            while (start > from && !ChineseText.clauseEnd(text.charAt(start - 1))) {
                start--;
            }
            end = Math.max(spanEnd, start);
        }
        return new Evidence(start, end);
    }
}
