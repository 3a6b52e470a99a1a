package org.youcheng.web;

import java.util.Locale;

/** The two languages the pages speak: Chinese (the default) and English. Anything else counts as Chinese. */
public final class Languages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static boolean chinese(Locale locale) {
        return supported(locale) == CHINESE;
    }
}
