package org.youcheng.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The language of the API's error messages: the client's {@code Accept-Language} picks Chinese or English; English
 * when it asks for neither or sends none (API clients read English by default; the pages default to Chinese).
 */
final class ApiLanguage {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private ApiLanguage() {
    }

    static Locale of(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest n
                ? n.getNativeRequest(HttpServletRequest.class) : null;
        return of(servlet == null ? request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)
                : servlet.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
