package org.youcheng.web;

import java.util.Arrays;
import java.util.List;

/** A list as one types it into one field (codes, place names): items between spaces, commas, 、 or semicolons. */
public final class TypedList {

    /** The separators, Latin and Chinese. */
    private static final String SEPARATORS = "[\\s,，、;；]+";

    private TypedList() {}

    /** The items typed, none for a blank field. */
    public static List<String> of(String typed) {
        return typed == null || typed.isBlank()
                ? List.of()
                : Arrays.stream(typed.strip().split(SEPARATORS))
                        .filter(s -> !s.isBlank())
                        .toList();
    }
}
