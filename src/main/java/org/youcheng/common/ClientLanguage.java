package org.youcheng.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a client that is not a page: Chinese when it prefers Chinese, English otherwise. The API reads the
 * request's {@code Accept-Language}; the command line reads the locale of its environment ({@code LC_ALL}, then
 * {@code LC_MESSAGES}, then {@code LANG}, as POSIX orders them), after {@code YOUCHENG_LANG}: the launcher puts the
 * user's choice there when it runs the JVM in {@code C.UTF-8} (see ./youcheng). Pages default to Chinese instead
 * (web/Languages).
 */
public final class ClientLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<String> LOCALE_VARIABLES = List.of("YOUCHENG_LANG", "LC_ALL", "LC_MESSAGES", "LANG");

    private ClientLanguage() {}

    /**
     * Chinese or English, whichever an {@code Accept-Language} header ranks first ({@code zh}, {@code zh-TW} and
     * {@code zh-CN} all mean Chinese); English for none, neither, or a malformed header.
     */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            // parse() orders the ranges by weight, highest first, and drops those of weight 0
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return CHINESE;
                }
                if (language.equals("en") || language.equals("*")) {
                    return ENGLISH;
                }
            }
            return ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** Chinese when the first locale variable set (such as {@code LANG=zh_CN.UTF-8}) starts with {@code zh}. */
    public static Locale ofEnvironment(Map<String, String> environment) {
        for (String name : LOCALE_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.regionMatches(true, 0, "zh", 0, 2) ? CHINESE : ENGLISH;
            }
        }
        return ENGLISH;
    }

    public static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
