package org.youcheng.common;

import java.util.Locale;

/**
 * A term that is a constant of an enum and is written in files, addresses, JSON and the database by its code: its
 * name in lower case ({@code TieKind.SISTER} → {@code sister}). Its Chinese and English names are in the vocabulary
 * table, {@code vocabulary.tsv}.
 */
public interface CodedTerm extends Term {

    /** The constant's name; every enum has it. */
    String name();

    /** The constant's position in its type; every enum has it. */
    int ordinal();

    /** The enum the constant belongs to; every enum has it. */
    Class<?> getDeclaringClass();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    default String zh() {
        return Vocabulary.name(this, true);
    }

    @Override
    default String en() {
        return Vocabulary.name(this, false);
    }

    /** The constant of {@code type} whose code is {@code code}; an unknown code is an {@link IllegalArgumentException}. */
    static <E extends Enum<E> & CodedTerm> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
