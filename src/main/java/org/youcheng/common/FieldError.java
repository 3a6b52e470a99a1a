package org.youcheng.common;

/** One problem with one named input field, as shown to API clients and next to form fields. */
public record FieldError(String field, Object value, String message) {
}
