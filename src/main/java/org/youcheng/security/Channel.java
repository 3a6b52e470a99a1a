package org.youcheng.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a change came from: a page's form, the JSON API, or the command line on the server itself. */
public enum Channel {
    WEB,
    API,
    CLI;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
