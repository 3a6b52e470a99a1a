package org.youcheng.extract.internal;

/** An article's first line with text, after its address line: its headline, or the lead paragraph. */
final class FirstLine {

    private FirstLine() {}

    /** The end of the title: the first line with text, after an address line, unless it ends a sentence. */
    static int titleEnd(String s) {
        int start = start(s);
        int end = end(s);
        // a first line that ends sentences (…签署了《…协议书》。省委常委…) is the body's first paragraph: no headline
        return ChineseText.indexIn(s, "。", start, end) >= 0 ? start : end;
    }

    /** The end of the first line with text, after an address line: a headline, or the lead paragraph. */
    static int end(String s) {
        int eol = s.indexOf('\n', start(s));
        return eol < 0 ? s.length() : eol;
    }

    private static int start(String s) {
        int i = s.startsWith("URL:") ? s.indexOf('\n') + 1 : 0;
        while (i > 0 && i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return Math.max(i, 0);
    }
}
