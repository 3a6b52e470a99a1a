package org.youcheng.io;

/**
 * The place resolver's errors (registry's {@code PlaceResolver}, English sentences) as the codes of row problems,
 * so that a report can say them in the reader's language; null for an error this does not know, which is then
 * shown in English. {@code ResolverErrorsTests} asks the resolver itself, so a reworded error fails a test.
 */
final class ResolverErrors {

    private ResolverErrors() {}

    static String code(String error) {
        if (error == null) {
            return null;
        }
        if (error.startsWith("unknown Chinese place")) {
            return "unknown_chinese_place";
        }
        if (error.contains("' is ambiguous: ")) {
            return "ambiguous_place";
        }
        if (error.startsWith("unknown country")) {
            return "unknown_country";
        }
        if (error.startsWith("unknown place") && error.endsWith("give its country (partner_country)")) {
            return "partner_needs_country";
        }
        if (error.endsWith(" is empty")) {
            return "required";
        }
        return null;
    }
}
