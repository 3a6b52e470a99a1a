package org.youcheng.api;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.youcheng.common.ClientLanguage;
import org.youcheng.common.FieldError;

/** The words of the API's problems in the client's language: titles, details and field errors from the bundles. */
@Component
record ApiErrorText(MessageSource messages) {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * A field error in the client's language: the bundles' sentence for its code when there is one; in Chinese
     * without one, a general sentence followed by the English message (the value stays as sent).
     */
    FieldError localised(FieldError f, Locale locale) {
        if (!ClientLanguage.chinese(locale)) {
            // some messages list the Chinese words the API also accepts: the bundle's English sentence instead
            String english = f.code() != null && HAN.matcher(f.message()).find() ? known(f, locale) : null;
            return english == null ? f : new FieldError(f.field(), f.value(), english, f.code());
        }
        String known = known(f, locale);
        return new FieldError(
                f.field(), f.value(), known != null ? known : text("api.detail.field", locale, f.message()), f.code());
    }

    /** The bundles' sentence for the error's code, or null. */
    private String known(FieldError f, Locale locale) {
        return f.sentence(messages, locale);
    }

    /** A title in the client's language: api.title.* in the bundles, keyed by the English title. */
    String title(String english, WebRequest request) {
        Locale locale = ApiLanguage.of(request);
        String key = "api.title." + english.toLowerCase(Locale.ROOT).replace(' ', '_');
        return messages.getMessage(key, null, english, locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
