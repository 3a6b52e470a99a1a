package org.youcheng.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.youcheng.common.ClientLanguage;

/**
 * The language of the API's answers in words: the client's {@code Accept-Language} picks Chinese or English; English
 * when it asks for neither or sends none (API clients read English by default; the pages default to Chinese). The
 * security layer's refusals choose the same way ({@link ClientLanguage}).
 */
final class ApiLanguage {

    private ApiLanguage() {}

    static Locale of(WebRequest request) {
        HttpServletRequest servlet =
                request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        return ClientLanguage.ofAcceptLanguage(
                servlet == null
                        ? request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)
                        : servlet.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
