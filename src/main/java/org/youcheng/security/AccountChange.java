package org.youcheng.security;

import java.util.List;

/**
 * A change to an account, made at the version it was read at; a null field stays as it is.
 *
 * @param scope codes (370000, CN-370000) or exact Chinese names of the places an editor may change
 */
public record AccountChange(int version, Role role, Boolean enabled, List<String> scope) {}
