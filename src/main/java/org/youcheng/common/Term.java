package org.youcheng.common;

/**
 * A word of one of the domain's vocabularies with a Chinese and an English name (a tie's kind, a place's level, a
 * continent, a ranking's dimension …). Pages, reports, the API and the command line say it through {@link #label}.
 */
public interface Term {

    String zh();

    String en();

    /** The name in a language: Chinese when {@code chinese}, else English. */
    default String label(boolean chinese) {
        return chinese ? zh() : en();
    }
}
