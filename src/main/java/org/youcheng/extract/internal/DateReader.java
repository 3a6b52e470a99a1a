package org.youcheng.extract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.common.PartialDate;

/**
 * Dates in an article: its own date (a dateline near the top, else a date in its address), absolute dates
 * (1996年4月, 2011年9月23日), dates relative to the article (今年5月, 去年11月8日, 9月16日) or to the year written
 * before (次年, 同年), and anniversaries (结好25周年 in 2019 → 1994).
 */
final class DateReader {

    private static final Pattern DATELINE =
            Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern URL_DAY = Pattern.compile("((?:19|20)\\d{2})[-/]?(\\d{2})[-/]?(\\d{2})(?!\\d)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})/");
    private static final Pattern DATE =
            Pattern.compile("((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?"
                    + "|(今年|去年|前年|次年|同年|当年|翌年)(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?"
                    + "|(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]");
    static final Pattern ANNIVERSARY = Pattern.compile("(\\d{1,3}|[一二三四五六七八九十百]{1,4})\\s*周年");

    record Dated(int start, int end, PartialDate date) {}

    private DateReader() {}

    /** The article's date: a full date in its first lines, else one in its source address; null when neither. */
    static LocalDate articleDate(String text, String source) {
        String head = text.substring(0, Math.min(text.length(), 400));
        Matcher m = DATELINE.matcher(head);
        // a dateline begins with 19 or 20 and two digits: the expression is tried only there, as find() would meet it
        for (int i = 0; i + 4 <= head.length(); i++) {
            char c = head.charAt(i);
            if ((c == '1' && head.charAt(i + 1) == '9' || c == '2' && head.charAt(i + 1) == '0')
                    && ChineseText.digit(head.charAt(i + 2))
                    && ChineseText.digit(head.charAt(i + 3))
                    && m.region(i, head.length()).lookingAt()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
                i = m.end() - 1;
            }
        }
        String address = source == null ? "" : source;
        if (text.startsWith("URL:")) {
            int eol = text.indexOf('\n');
            address = text.substring(0, eol < 0 ? text.length() : eol) + " " + address;
        }
        m = URL_DAY.matcher(address);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_MONTH.matcher(address);
        if (m.find()) {
            return date(m.group(1), m.group(2), "1");
        }
        return null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The dates written between two positions. {@code lastYear} carries the last absolute year read so far in the
     * article (for 次年); it is updated as dates are read.
     */
    static List<Dated> dates(String s, int from, int to, LocalDate article, int[] lastYear) {
        List<Dated> out = new ArrayList<>(2);
        Matcher m = DATE.matcher(s).useTransparentBounds(true);
        int done = from;
        // every date has a 年 or a 月: the expression runs only around those, not from every position
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '年' && c != '月') {
                continue;
            }
            int start = Math.max(done, i - 8);
            if (start > i) {
                continue;
            }
            int end = Math.min(to, i + 14);
            start = firstMayBegin(s, start, end);
            if (start < 0) {
                continue; // 青年, 年度, 岁月: no digit and no relative year around, so no date (most of them)
            }
            m.region(start, end); // bounds are transparent: the look-behind still sees what the window leaves out
            if (!m.find()) {
                continue;
            }
            done = m.end();
            i = Math.max(i, m.end() - 1);
            if (m.group(1) != null && m.group(2) == null && inRange(s, m.start(), m.end())) {
                continue; // 2026—2029年: the years a plan or a document covers, no date of an act
            }
            Dated d = read(m, article, lastYear);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** A year, and what joins the two ends of a range of years (2026—2029年, 2024年至2026年). */
    static final String YEAR = "(?:19|20)\\d{2}";

    static final String RANGE_TO = "\\s*[—\\-–~至到]\\s*";
    private static final Pattern RANGE_BEFORE = Pattern.compile(YEAR + "年?" + RANGE_TO + "$");
    private static final Pattern RANGE_AFTER = Pattern.compile(RANGE_TO + YEAR);

    /** Whether a year is one end of a range of years (2026—2029年, 2024年至2026年). */
    private static boolean inRange(String s, int start, int end) {
        return RANGE_BEFORE.matcher(s).region(Math.max(0, start - 8), start).find()
                || RANGE_AFTER
                        .matcher(s)
                        .region(end, Math.min(s.length(), end + 8))
                        .lookingAt();
    }

    /**
     * The first position between two that a date may begin at, or -1: every date begins with a digit or a relative
     * year (今年, 次年).
     */
    private static int firstMayBegin(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9' || k + 1 < to && s.charAt(k + 1) == '年' && "今去前次同当翌".indexOf(c) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static Dated read(Matcher m, LocalDate article, int[] lastYear) {
        Integer year;
        String month;
        String day;
        if (m.group(1) != null) {
            year = Integer.valueOf(m.group(1));
            month = m.group(2);
            day = m.group(3);
        } else if (m.group(4) != null) {
            year = relativeYear(m.group(4), article, lastYear[0]);
            month = m.group(5);
            day = m.group(6);
        } else {
            year = article == null ? null : article.getYear();
            month = m.group(7);
            day = m.group(8);
        }
        if (year == null) {
            return null;
        }
        PartialDate d = partial(year, month, day);
        if (d == null) {
            return null;
        }
        lastYear[0] = year;
        return new Dated(m.start(), m.end(), d);
    }

    private static Integer relativeYear(String word, LocalDate article, int lastYear) {
        return switch (word) {
            case "今年", "当年" -> article == null ? null : article.getYear();
            case "去年" -> article == null ? null : article.getYear() - 1;
            case "前年" -> article == null ? null : article.getYear() - 2;
            case "次年", "翌年" -> lastYear == 0 ? null : lastYear + 1;
            default -> lastYear == 0 ? null : lastYear;
        };
    }

    private static PartialDate partial(int year, String month, String day) {
        try {
            return new PartialDate(
                    year,
                    month == null ? null : Integer.valueOf(month),
                    month == null || day == null ? null : Integer.valueOf(day));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The year an anniversary written between two positions points back to (25周年 in 2019 → 1994), or null. */
    static PartialDate anniversary(String s, int from, int to, LocalDate article) {
        if (article == null) {
            return null;
        }
        if (ChineseText.indexIn(s, "周年", from, to) < 0) {
            return null;
        }
        Matcher m = ANNIVERSARY.matcher(s).region(from, to);
        if (!m.find()) {
            return null;
        }
        int n = ChineseNumerals.value(m.group(1));
        return n <= 0 || n > 200 ? null : partial(article.getYear() - n, null, null);
    }
}
