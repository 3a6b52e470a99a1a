package org.youcheng.web.tie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;

/**
 * Puts the registry's field errors into words of the page's language, keyed by the form field they belong next to
 * ({@code partner_id} and {@code partner} are both the partner field). The message key is {@code error.<code>};
 * an error without a code gets the general {@code error.invalid}.
 */
@Component
public class FormErrors {

    private static final Map<String, String> FIELDS = Map.of(
            "domestic_id", "domestic", "partner_id", "partner", "ended_on", "endedOn", "end_reason", "endReason");

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Field name → the sentences to show next to it, for the tie form. */
    public Map<String, String> byField(List<FieldError> errors, Locale locale) {
        return byField(errors, locale, FIELDS);
    }

    /** The same for a form whose fields are named as the errors name them, but for these. */
    public Map<String, String> byField(List<FieldError> errors, Locale locale, Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : errors) {
            String field = fields.getOrDefault(e.field(), e.field());
            out.merge(field, e.sentenceOrInvalid(messages, locale), (a, b) -> a + " " + b);
        }
        return out;
    }

    /** The sentence of this key, or of the fallback key when the bundles have none. */
    public String messageOr(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, messages.getMessage(fallback, null, locale), locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
