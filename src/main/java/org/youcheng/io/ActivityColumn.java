package org.youcheng.io;

import java.util.Locale;
import org.youcheng.ledger.ActivityField;

/** The columns of a ledger file besides the fields of {@link ActivityField}: who took part, and a CSV row's type. */
public enum ActivityColumn {
    TYPE("type", "类型"),
    PLACE("place", "中方"),
    PLACE_CODE("place_code", "中方代码"),
    PARTNERS("partners", "外方"),
    PARTNER_COUNTRY("partner_country", "国家"),
    PARTNER_CODES("partner_codes", "外方代码"),
    ORGANISATIONS("organisations", "外方机构");

    public final String code;
    final String zh;

    ActivityColumn(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    /** The column a header names, in English or Chinese; null for none of these. */
    static ActivityColumn of(String header) {
        for (ActivityColumn e : values()) {
            if (e.code.equals(header.strip().toLowerCase(Locale.ROOT)) || e.zh.equals(header.strip())) {
                return e;
            }
        }
        return null;
    }
}
