package org.youcheng.ledger;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.youcheng.common.CodedTerm;

/**
 * A word of the ledger's vocabularies (a leader's level, an event's kind, a project's domain …): a stable code for
 * the API and the database, its Chinese and English names (in the vocabulary table, like every coded term's), and
 * the other words offices write for it.
 */
public interface Term extends CodedTerm {

    /** The other words offices write for the term, beside its code and its names. */
    List<String> words();

    @JsonValue
    @Override
    default String code() {
        return CodedTerm.super.code();
    }

    /** Reads a term from its code, its labels or any of its words, ignoring case and spaces around. */
    static <T extends Enum<T> & Term> Optional<T> parse(Class<T> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (T t : type.getEnumConstants()) {
            if (t.code().equals(s)
                    || t.zh().equals(text.strip())
                    || t.en().toLowerCase(Locale.ROOT)
                            .replace(' ', '_')
                            .replace('-', '_')
                            .equals(s)
                    || t.words().contains(text.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The codes a vocabulary accepts, for messages. */
    static <T extends Enum<T> & Term> String accepted(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(Term::code).collect(Collectors.joining(", "));
    }
}
