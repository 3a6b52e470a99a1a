package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.network.GraphBusyException;
import org.youcheng.security.Refusal;

/**
 * A page about a place or tie that does not exist says so, in the page's language, with a search box; a value a page
 * cannot take is named with what it must be.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
record WebErrors(ErrorPages frame, Refusals refusals) {

    /** {@code /places/abc}: no place has that id, so there is no such page (a query value is bad input instead). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return page("frame/not-found", HttpStatus.NOT_FOUND, request, locale);
        }
        ModelAndView page = page("frame/bad-request", HttpStatus.BAD_REQUEST, request, locale);
        page.addObject("errors", List.of(new FieldError(e.getName(), e.getValue(), "invalid", "invalid")));
        return page;
    }

    /**
     * A change the account may not make: 403 in the frame, saying why in the page's language, with the way back.
     * Someone not signed in is sent to sign in instead (Spring Security's entry point, as at the door).
     */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest request, Locale locale) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a instanceof AnonymousAuthenticationToken) {
            throw e;
        }
        ModelAndView page = page("frame/forbidden", HttpStatus.FORBIDDEN, request, locale);
        page.addObject("why", refusals.why(e instanceof Refusal r ? r : null, locale));
        return page;
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
        // exception handlers get no @ModelAttribute values: the frame's are added here
        return frame.frame(view, status, request, locale);
    }
}
