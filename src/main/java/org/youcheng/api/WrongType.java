package org.youcheng.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import org.youcheng.common.FieldError;

/** Input of the wrong type (a body's field, a parameter) as a field error that says what it must be. */
final class WrongType {

    private WrongType() {}

    /** A parameter or field that is not of the type required: "must be a whole number". */
    static FieldError of(String field, Object value, Class<?> required) {
        return new FieldError(field, value, "must be " + describe(required));
    }

    /** The field of a JSON body that could not be read into its type; null for a body that is not such JSON. */
    static FieldError of(Throwable cause) {
        if (!(cause instanceof JsonMappingException m) || cause instanceof JsonParseException) {
            return null;
        }
        String field = m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (field.isEmpty()) {
            return null;
        }
        Object value = m instanceof InvalidFormatException f ? f.getValue() : null;
        String expected = m instanceof MismatchedInputException mi ? describe(mi.getTargetType()) : null;
        return new FieldError(field, value, expected == null ? "has the wrong type" : "must be " + expected);
    }

    /** Why a body could not be read at all. */
    static String unreadable(Throwable cause) {
        return cause instanceof JsonParseException p
                ? "malformed JSON: " + p.getOriginalMessage()
                : cause == null ? "a JSON body is required" : "the body is not the JSON this endpoint reads";
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
