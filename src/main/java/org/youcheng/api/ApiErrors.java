package org.youcheng.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
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
import org.youcheng.common.ClientLanguage;
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
    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    private final TieViews ties;
    private final MessageSource messages;
    private final RefusalText refusals;

    ApiErrors(TieViews ties, MessageSource messages, RefusalText refusals) {
        this.ties = ties;
        this.messages = messages;
        this.refusals = refusals;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> invalid(ValidationException e, WebRequest request) {
        Locale locale = ApiLanguage.of(request);
        List<FieldError> errors =
                e.errors().stream().map(f -> localised(f, locale)).toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : text(
                        "api.detail.fields",
                        locale,
                        errors.size(),
                        errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")));
        return problem(e, HttpStatus.BAD_REQUEST, "Invalid input", detail, errors, request);
    }

    /**
     * A field error in the client's language: the bundles' sentence for its code when there is one; in Chinese
     * without one, a general sentence followed by the English message (the value stays as sent).
     */
    private FieldError localised(FieldError f, Locale locale) {
        if (!ClientLanguage.chinese(locale)) {
            // some messages list the Chinese words the API also accepts: the bundle's English sentence instead
            String english = f.code() == null || !HAN.matcher(f.message()).find()
                    ? null
                    : messages.getMessage(
                            "error." + f.code(),
                            new Object[] {f.value() == null ? "" : String.valueOf(f.value())},
                            null,
                            locale);
            return english == null ? f : new FieldError(f.field(), f.value(), english, f.code());
        }
        String known = f.code() == null
                ? null
                : messages.getMessage(
                        "error." + f.code(),
                        new Object[] {f.value() == null ? "" : String.valueOf(f.value())},
                        null,
                        locale);
        return new FieldError(
                f.field(), f.value(), known != null ? known : text("api.detail.field", locale, f.message()), f.code());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(e, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        ProblemDetail body = createProblemDetail(e, HttpStatus.CONFLICT, e.getMessage(), null, null, request);
        body.setTitle(title("Conflict", request));
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
                text("api.detail.duplicate", ApiLanguage.of(request)),
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
        body.setTitle(title("Busy", request));
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
                text("api.detail.internal", ApiLanguage.of(request)),
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
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException m && !(cause instanceof JsonParseException)) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            if (!field.isEmpty()) {
                Object value = m instanceof InvalidFormatException f ? f.getValue() : null;
                String expected = m instanceof MismatchedInputException mi ? describe(mi.getTargetType()) : null;
                String message = expected == null ? "has the wrong type" : "must be " + expected;
                return problem(
                        e,
                        HttpStatus.BAD_REQUEST,
                        "Invalid input",
                        field + ": " + message,
                        List.of(new FieldError(field, value, message)),
                        request);
            }
        }
        String detail = cause instanceof JsonParseException p
                ? "malformed JSON: " + p.getOriginalMessage()
                : cause == null ? "a JSON body is required" : "the body is not the JSON this endpoint reads";
        return problem(e, HttpStatus.BAD_REQUEST, "Unreadable body", detail, null, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = Objects.requireNonNullElse(e.getPropertyName(), "?");
        String message = "must be " + describe(e.getRequiredType());
        return problem(
                e,
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                field + ": " + message,
                List.of(new FieldError(field, e.getValue(), message)),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getParameterName();
        return problem(
                e,
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                field + ": required",
                List.of(new FieldError(field, null, "required")),
                request);
    }

    private ResponseEntity<Object> problem(
            Exception e, HttpStatus status, String title, String detail, List<FieldError> errors, WebRequest request) {
        ProblemDetail body = createProblemDetail(e, status, detail, null, null, request);
        body.setTitle(title(title, request));
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        return handleExceptionInternal(e, body, new HttpHeaders(), status, request);
    }

    /** A title in the client's language: api.title.* in the bundles, keyed by the English title. */
    private String title(String english, WebRequest request) {
        Locale locale = ApiLanguage.of(request);
        String key = "api.title." + english.toLowerCase(Locale.ROOT).replace(' ', '_');
        return messages.getMessage(key, null, english, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName();
    }
}
