package org.youcheng.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The pages for errors that reach the container (an unknown address, a door the rule table keeps shut, a failure):
 * always in the frame, in the page's language, never the framework's Whitelabel page. The API's errors are problem
 * JSON and never come here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
record ErrorPages(PageAssets assets, Refusals refusals) implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Locale locale = RequestContextUtils.getLocale(request);
        String view = switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "frame/not-found";
            case FORBIDDEN -> "frame/forbidden";
            case BAD_REQUEST -> "frame/bad-request";
            default -> "frame/error";
        };
        ModelAndView page =
                frame(view, status == HttpStatus.METHOD_NOT_ALLOWED ? HttpStatus.NOT_FOUND : status, request, locale);
        page.addObject("address", true);
        if (status == HttpStatus.FORBIDDEN) {
            page.addObject("why", refusals.why(null, locale));
        }
        if (status == HttpStatus.BAD_REQUEST) {
            page.addObject("errors", java.util.List.of());
        }
        return page;
    }

    /** A page in the frame, with what the frame needs (exception and error views get no @ModelAttribute values). */
    ModelAndView frame(String view, HttpStatus status, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView(view, status);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // the query of the address that failed (Servlet 6.1 names it ERROR_QUERY_STRING; Tomcat sets it)
        String query = (String) request.getAttribute("jakarta.servlet.error.query_string");
        page.addObject("htmxSrc", assets.htmxSrc());
        page.addObject(
                "langSwitch", uri == null ? assets.langSwitch(request, locale) : assets.langSwitch(uri, query, locale));
        page.addObject("signedIn", assets.signedIn());
        page.addObject("canEdit", assets.canEdit());
        page.addObject("isAdmin", assets.isAdmin());
        page.addObject("may", assets.may());
        page.addObject("back", refusals.back(request));
        return page;
    }
}
