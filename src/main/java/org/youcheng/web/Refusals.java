package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.youcheng.security.Refusal;
import org.youcheng.security.RefusalText;

/**
 * Why a change was refused, in the page's language ({@code refusal.<reason>}), and the way back: the page the
 * request came from when it is one of ours (the browser's own back keeps what was typed into its form).
 */
@Component
public class Refusals {

    private final RefusalText text;

    Refusals(RefusalText text) {
        this.text = text;
    }

    /** The sentence for a refusal, in the page's language (see {@link RefusalText}). */
    public String why(Refusal refusal, Locale locale) {
        return text.why(refusal, Languages.chinese(locale) ? Languages.CHINESE : Languages.ENGLISH);
    }

    /** Where "back" leads: the referring page of this site, or the home page. */
    public String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI from = URI.create(referer);
            boolean same = from.getHost() == null
                    || (from.getHost().equalsIgnoreCase(request.getServerName())
                            && from.getPort() == request.getServerPort());
            String path = from.getRawPath();
            if (!same || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
