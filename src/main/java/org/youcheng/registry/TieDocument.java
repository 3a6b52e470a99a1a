package org.youcheng.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** A document of a tie: its agreement, a memorandum, a letter of intent; a title and where to find it. */
public record TieDocument(long id, long tieId, Kind kind, String title, String url, LocalDate dated,
                          Instant createdAt) {

    public enum Kind {
        AGREEMENT("协议书"), MEMORANDUM("备忘录"), INTENT_LETTER("意向书"), OTHER("其他");

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
