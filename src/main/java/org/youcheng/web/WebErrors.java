package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.network.GraphBusyException;

/**
 * A page about a place or tie that does not exist says so, in the page's language, with a search box; a value a page
 * cannot take is named with what it must be.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
class WebErrors {

    private final PageAssets assets;

    WebErrors(PageAssets assets) {
        this.assets = assets;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        return page("frame/not-found", HttpStatus.NOT_FOUND, request, locale);
    }

    /** A value a page cannot take (a year out of range, an unknown level): 400, naming the field, in the frame. */
    @ExceptionHandler(ValidationException.class)
    ModelAndView invalid(ValidationException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = page("frame/bad-request", HttpStatus.BAD_REQUEST, request, locale);
        page.addObject("errors", e.errors());
        return page;
    }

    /** Graph work the server cannot take on now: 503 in the frame, saying when to come back. */
    @ExceptionHandler(GraphBusyException.class)
    ModelAndView busy(GraphBusyException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        ModelAndView page = page("frame/busy", HttpStatus.SERVICE_UNAVAILABLE, request, locale);
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }

    private ModelAndView page(String view, HttpStatus status, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView(view, status);
        // exception handlers get no @ModelAttribute values: the frame's are added here
        page.addObject("htmxSrc", assets.htmxSrc());
        page.addObject("langSwitch", assets.langSwitch(request, locale));
        page.addObject("signedIn", assets.signedIn());
        page.addObject("canEdit", assets.canEdit());
        page.addObject("isAdmin", assets.isAdmin());
        return page;
    }
}
