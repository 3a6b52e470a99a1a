package org.youcheng.analytics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.youcheng.common.CodedTerm;

/** What an office means to do in a region, in the words of its plans. */
public enum Verb implements CodedTerm {
    DEEPEN("深化"),
    STRENGTHEN("加强"),
    TIGHTEN("密切"),
    KEEP("保持"),
    OPEN_UP("开拓"),
    CONSOLIDATE("巩固"),
    WIDEN("拓展");

    private final String zh;

    Verb(String zh) {
        this.zh = zh;
    }

    @JsonValue
    @Override
    public String code() {
        return CodedTerm.super.code();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** From its code, its English words ("open up") or its Chinese word. */
    public static Optional<Verb> parse(String text) {
        String s = text == null
                ? ""
                : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values())
                .filter(v -> v.code().equals(s) || v.zh.equals(s))
                .findFirst();
    }
}
