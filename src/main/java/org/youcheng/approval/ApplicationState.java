package org.youcheng.approval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an application for a formal tie stands. */
public enum ApplicationState {
    /** filed by the city, awaiting the province */
    APPLIED,
    /** sent back by the province or the national association, with a reason; the city may file it again */
    RETURNED,
    /** approved by the province: a partner tie may now be signed; a sister tie goes to the national association */
    PROVINCE_APPROVED,
    /** approved by the national association: the sister tie may be signed */
    NATIONAL_APPROVED,
    /** signed: the tie is now what was applied for, active from its signing date */
    SIGNED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ApplicationState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
