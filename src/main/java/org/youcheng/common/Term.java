package org.youcheng.common;

import java.util.Locale;

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

    /** The name in a locale's language: Chinese for {@code zh}, English for any other. */
    default String label(Locale locale) {
        return label(ClientLanguage.chinese(locale));
    }
}
