package org.youcheng.analytics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.youcheng.common.CodedTerm;

/** What an office means to do in a region, in the words of its plans. */
public enum Verb implements CodedTerm {
    DEEPEN,
    STRENGTHEN,
    TIGHTEN,
    KEEP,
    OPEN_UP,
    CONSOLIDATE,
    WIDEN;

    @JsonValue
    @Override
    public String code() {
        return CodedTerm.super.code();
    }

    /** From its code, its English words ("open up") or its Chinese word. */
    public static Optional<Verb> parse(String text) {
        String s = text == null
                ? ""
                : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values())
                .filter(v -> v.code().equals(s) || v.zh().equals(s))
                .findFirst();
    }
}
