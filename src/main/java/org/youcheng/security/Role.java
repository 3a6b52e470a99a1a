package org.youcheng.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do. {@code admin} stands for the national association: changes everything and approves formal
 * ties; {@code editor} changes the ties of the Chinese places of its scope and everything under them; {@code viewer}
 * reads everything and changes nothing. Anonymous visitors are no role: they read what is public.
 */
public enum Role {
    ADMIN,
    EDITOR,
    VIEWER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. ROLE_EDITOR. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String s) {
        return s == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(r -> r.code().equalsIgnoreCase(s.strip()))
                        .findFirst();
    }
}
