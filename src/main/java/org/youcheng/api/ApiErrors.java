package org.youcheng.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.network.GraphBusyException;
import org.youcheng.registry.TieView;
import org.youcheng.security.Refusal;
import org.youcheng.security.RefusalText;

/**
 * Every error of the API as RFC 7807 problem JSON: bad input names its fields ({@code errors}), a conflict carries
 * the current record ({@code current}); never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final TieViews ties;
    private final ApiErrorText words;
    private final RefusalText refusals;

    ApiErrors(TieViews ties, ApiErrorText words, RefusalText refusals) {
        this.ties = ties;
        this.words = words;
        this.refusals = refusals;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> invalid(ValidationException e, WebRequest request) {
        Locale locale = ApiLanguage.of(request);
        List<FieldError> errors =
                e.errors().stream().map(f -> words.localised(f, locale)).toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : words.text(
                        "api.detail.fields",
                        locale,
                        errors.size(),
                        errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")));
        return problem(e, HttpStatus.BAD_REQUEST, "Invalid input", detail, errors, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(e, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        ProblemDetail body = createProblemDetail(e, HttpStatus.CONFLICT, e.getMessage(), null, null, request);
        body.setTitle(words.title("Conflict", request));
        body.setProperty("current", current(e.current()));
        return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /** Two writes for the same pair of places at once: the database's unique key decides. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e, WebRequest request) {
        return problem(
                e,
                HttpStatus.CONFLICT,
                "Conflict",
                words.text("api.detail.duplicate", ApiLanguage.of(request)),
                null,
                request);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e, WebRequest request) {
        return problem(e, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", e.getMessage(), null, request);
    }

    /** A change the account may not make (the services' {@code Permissions}): 403, saying why. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
        // why, in the client's language, with place names in it (Permissions' own message is English, for logs)
        String detail = e instanceof Refusal r ? refusals.why(r, ApiLanguage.of(request)) : e.getMessage();
        return problem(e, HttpStatus.FORBIDDEN, "Forbidden", detail, null, request);
    }

    /** Graph work the server cannot take on now: 503, and when to ask again. */
    @ExceptionHandler(GraphBusyException.class)
    ResponseEntity<Object> busy(GraphBusyException e, WebRequest request) {
        ProblemDetail body =
                createProblemDetail(e, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null, null, request);
        body.setTitle(words.title("Busy", request));
        body.setProperty("retry_after_seconds", e.retryAfterSeconds());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        return handleExceptionInternal(e, body, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("API request {} failed", request.getDescription(false), e);
        return problem(
                e,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                words.text("api.detail.internal", ApiLanguage.of(request)),
                null,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge, request);
            }
        }
        FieldError wrong = WrongType.of(e.getCause());
        return wrong != null
                ? invalid(e, wrong, request)
                : problem(
                        e,
                        HttpStatus.BAD_REQUEST,
                        "Unreadable body",
                        WrongType.unreadable(e.getCause()),
                        null,
                        request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(
                e,
                WrongType.of(Objects.requireNonNullElse(e.getPropertyName(), "?"), e.getValue(), e.getRequiredType()),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e, new FieldError(e.getParameterName(), null, "required"), request);
    }

    /** One field of the request is wrong: 400, the field and what it must be. */
    private ResponseEntity<Object> invalid(Exception e, FieldError field, WebRequest request) {
        return problem(
                e,
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                field.field() + ": " + field.message(),
                List.of(field),
                request);
    }

    private ResponseEntity<Object> problem(
            Exception e, HttpStatus status, String title, String detail, List<FieldError> errors, WebRequest request) {
        ProblemDetail body = createProblemDetail(e, status, detail, null, null, request);
        body.setTitle(words.title(title, request));
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        return handleExceptionInternal(e, body, new HttpHeaders(), status, request);
    }

    private Object current(Object current) {
        if (current instanceof TieView v) {
            try {
                return ties.of(v, ties.warnings(v));
            } catch (RuntimeException gone) {
                return ties.of(v, List.of());
            }
        }
        return current;
    }
}
