package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.Locale;
import org.youcheng.common.ValidationException;

/**
 * How a request for figures names its year, level and scope: one reader for the API, the pages and the command
 * line, one answer to a bad value (a {@link ValidationException} naming the field).
 */
public final class FigureParams {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private FigureParams() {}

    /**
     * The year asked for, or by default the last complete one: a year in progress is not what an office reports, and
     * its figures are still moving.
     */
    public static int year(Integer year, LocalDate today) {
        if (year == null) {
            return today.getYear() - 1;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ValidationException.of("year", year, "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return year;
    }

    /**
     * The places ranked together: a level (province, prefecture, county, district) or a group the national index
     * compares (cities: at prefecture level and above; major: sub-provincial cities and provincial capitals).
     */
    public static PeerGroup peers(String text) {
        return PeerGroup.parse(text)
                .orElseThrow(() -> ValidationException.of(
                        "level",
                        text,
                        "must be province, prefecture, county, district, cities (prefecture level and above) or major "
                                + "(sub-provincial cities and provincial capitals)"));
    }

    /** The language of a report: zh (the default) or en. */
    public static Locale language(String text) {
        if (text == null || text.isBlank() || text.strip().equals("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (text.strip().equals("en")) {
            return Locale.ENGLISH;
        }
        throw ValidationException.of("lang", text, "must be zh or en");
    }

    /** own (本级) or whole (全市, 全省 …); by default what offices report: the whole place. */
    public static Scope scope(String text) {
        if (text == null || text.isBlank()) {
            return Scope.WHOLE;
        }
        return Scope.parse(text)
                .orElseThrow(() -> ValidationException.of(
                        "scope", text, "must be whole (全市, with counties and districts) or own (本级)"));
    }
}
