package org.youcheng.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.youcheng.common.FieldError;

/** A document of a tie: its agreement, a memorandum, a letter of intent; a title and where to find it. */
public record TieDocument(
        long id, long tieId, Kind kind, String title, String url, LocalDate dated, Instant createdAt) {

    /** Whether a text is a web address a page may link to (http or https, no spaces). */
    public static boolean webAddress(String text) {
        return text != null && text.matches("(?i)https?://\\S+");
    }

    /**
     * What is wrong with a document's title (1 to 300 characters) and address (none, or a web address of at most
     * 1000), each error under {@code prefix + "title"} or {@code prefix + "url"}.
     */
    public static List<FieldError> problems(String prefix, String title, String url) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 300) {
            errors.add(new FieldError(prefix + "title", title, "a title of 1 to 300 characters", "bad_title"));
        }
        if (url != null && (url.length() > 1000 || !webAddress(url))) {
            errors.add(new FieldError(prefix + "url", url, "an http or https address", "bad_url"));
        }
        return errors;
    }

    public enum Kind {
        AGREEMENT("协议书"),
        MEMORANDUM("备忘录"),
        INTENT_LETTER("意向书"),
        OTHER("其他");

        private final String zh;

        Kind(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String s = text.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (k.code().equals(s) || k.zh.equals(s)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }
}
