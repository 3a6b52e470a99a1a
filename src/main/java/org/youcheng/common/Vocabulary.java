package org.youcheng.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the coded terms, kept in one table ({@code vocabulary.tsv}) so that a translator finds every word of
 * the domain's vocabularies in one place and the enums keep only what they decide. Each type's names are read once
 * and checked whole: a constant without a row, or a row without a constant, is an error at the type's first use.
 */
final class Vocabulary {

    private static final String FILE = "vocabulary.tsv";

    private static final ClassValue<String[][]> NAMES = new ClassValue<>() {
        @Override
        protected String[][] computeValue(Class<?> type) {
            return namesOf(type, rows().getOrDefault(type.getSimpleName(), Map.of()));
        }
    };

    private static volatile Map<String, Map<String, String[]>> rows;

    private Vocabulary() {}

    /** The term's name: Chinese when {@code chinese}, else English. */
    static String name(CodedTerm term, boolean chinese) {
        return NAMES.get(term.getDeclaringClass())[term.ordinal()][chinese ? 0 : 1];
    }

    static String[][] namesOf(Class<?> type, Map<String, String[]> byCode) {
        Object[] constants = type.getEnumConstants();
        if (constants == null) {
            throw new IllegalStateException(type.getName() + " is a coded term but not an enum");
        }
        String[][] names = new String[constants.length][];
        for (Object c : constants) {
            CodedTerm term = (CodedTerm) c;
            String[] row = byCode.get(term.code());
            if (row == null) {
                throw new IllegalStateException(FILE + " has no names for " + type.getSimpleName() + " " + term.code());
            }
            names[term.ordinal()] = row;
        }
        if (byCode.size() != constants.length) {
            throw new IllegalStateException(FILE + " names " + byCode.size() + " " + type.getSimpleName()
                    + " terms, the type has " + constants.length);
        }
        return names;
    }

    static Map<String, Map<String, String[]>> rows() {
        Map<String, Map<String, String[]>> r = rows;
        if (r == null) {
            r = new HashMap<>();
            List<String[]> lines = Tsv.read(FILE);
            for (String[] line : lines) {
                if (line.length != 4 || line[2].isBlank() || line[3].isBlank()) {
                    throw new IllegalStateException(
                            FILE + ": a row needs a term, a code and two names: " + String.join("\t", line));
                }
                String[] previous =
                        r.computeIfAbsent(line[0], k -> new HashMap<>()).put(line[1], new String[] {line[2], line[3]});
                if (previous != null) {
                    throw new IllegalStateException(FILE + " names " + line[0] + " " + line[1] + " twice");
                }
            }
            rows = r;
        }
        return r;
    }
}
