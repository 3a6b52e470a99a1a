package org.youcheng.common;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One problem with one named input field, as shown to API clients and next to form fields.
 *
 * @param message what is wrong, in English (API clients read it)
 * @param code    a stable name of the problem ({@code required}, {@code unknown_place} …), which pages turn into a
 *                sentence in their own language; null when there is none
 */
public record FieldError(String field, Object value, String message, String code) {

    public FieldError(String field, Object value, String message) {
        this(field, value, message, null);
    }

    /** The bundles' sentence for this problem's code ({@code error.<code>}, the value as its argument), or null. */
    public String sentence(MessageSource messages, Locale locale) {
        return code == null
                ? null
                : messages.getMessage(
                        "error." + code, new Object[] {value == null ? "" : String.valueOf(value)}, null, locale);
    }

    /** What a page shows beside the field: the {@link #sentence}, or the bundles' general {@code error.invalid}. */
    public String sentenceOrInvalid(MessageSource messages, Locale locale) {
        String sentence = sentence(messages, locale);
        return sentence != null ? sentence : messages.getMessage("error.invalid", null, locale);
    }
}
