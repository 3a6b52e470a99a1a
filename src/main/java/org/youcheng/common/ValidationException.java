package org.youcheng.common;

import java.util.List;

/** Input that cannot be accepted; carries every field that is wrong, not only the first. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, Object value, String message) {
        return new ValidationException(List.of(new FieldError(field, value, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
