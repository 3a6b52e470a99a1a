package org.youcheng.extract.internal;

import java.util.regex.Pattern;

/**
 * The dateline of a news report (新华社北京5月13日电, 中新网济南5月13日电, 本报杭州3月2日讯): the place named there is where
 * the reporter filed from, not the subject of what the report says.
 */
final class Dateline {

    private static final Pattern AFTER_PLACE =
            Pattern.compile("\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日\\s*(?:电|讯|消息)");

    private Dateline() {}

    /** Whether the mention is the place of a dateline: a month, a day and 电/讯 follow it. */
    static boolean names(String text, Mention m) {
        int k = m.end();
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        // most mentions are followed by neither a digit nor a numeral: no matcher for them
        return k < text.length()
                && (Character.isDigit(text.charAt(k)) || "一二三四五六七八九十".indexOf(text.charAt(k)) >= 0)
                && AFTER_PLACE.matcher(text).region(m.end(), text.length()).lookingAt();
    }
}
