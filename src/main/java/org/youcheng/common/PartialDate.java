package org.youcheng.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as signing dates usually are ("1974", "1974年2月").
 * Stored as the first day of the period it names plus its precision.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?");

    public PartialDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(year + "-" + month + "-" + day + " is not a calendar date");
            }
        }
    }

    /**
     * Reads 1974, 1974-02, 1974-02-01 (also with / or .), 1974年2月1日 and 1974年2月.
     *
     * @throws IllegalArgumentException naming what is wrong, for any other text
     */
    public static PartialDate parse(String text) {
        PartialDate iso = text == null ? null : iso(text);
        if (iso != null) {
            return iso;
        }
        String s = text == null ? "" : text.strip().replace('／', '/').replace('－', '-');
        s = toAsciiDigits(s);
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) {
            m = CHINESE.matcher(s.replace(" ", "").replaceFirst("年$", "年"));
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "not a date: '" + text + "' (use 1974, 1974-02, 1974-02-01 or 1974年2月1日)");
            }
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new PartialDate(year, month, day);
    }

    /** 1974, 1974-02 and 1974-02-01 without a regular expression: the forms files carry most, read fast. */
    private static PartialDate iso(String t) {
        int n = t.length();
        if (n != 4 && n != 7 && n != 10) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(t, 0, 4, 10);
        Integer month = n >= 7 ? Integer.parseInt(t, 5, 7, 10) : null;
        Integer day = n == 10 ? Integer.parseInt(t, 8, 10, 10) : null;
        return new PartialDate(year, month, day);
    }

    /** The first day of the period, for storage and sorting. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day of the period (1974 ends on 1974-12-31, 1974-02 on 1974-02-28). */
    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> firstDay().plusYears(1).minusDays(1);
            case MONTH -> firstDay().plusMonths(1).minusDays(1);
            case DAY -> firstDay();
        };
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    public static PartialDate of(LocalDate date, Precision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case YEAR -> new PartialDate(date.getYear(), null, null);
            case MONTH -> new PartialDate(date.getYear(), date.getMonthValue(), null);
            case DAY -> new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        };
    }

    /** ISO form at its own precision: 1974, 1974-02 or 1974-02-01. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.valueOf(year);
            case MONTH -> year + "-" + twoDigits(month);
            case DAY -> year + "-" + twoDigits(month) + "-" + twoDigits(day);
        };
    }

    /** Without a Formatter: every extracted tie says its date (a Formatter per call showed in the profile). */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Chinese form: 1974年, 1974年2月, 1974年2月1日. */
    public String toChinese() {
        return switch (precision()) {
            case YEAR -> year + "年";
            case MONTH -> year + "年" + month + "月";
            case DAY -> year + "年" + month + "月" + day + "日";
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    private static String toAsciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
