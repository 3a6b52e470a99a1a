package org.youcheng.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a tie file, with the English and Chinese headers each one is known by. */
public enum Column {
    DOMESTIC(true, "domestic", "中方城市", "中方", "中方地区", "国内城市"),
    PARTNER(true, "partner", "外方城市", "外方", "友好城市", "外国城市"),
    PARTNER_COUNTRY(false, "partner_country", "国家", "国别", "所在国家", "外方国家", "country"),
    KIND(true, "kind", "类型", "关系类型", "类别"),
    SIGNED(false, "signed", "结好时间", "结好日期", "签约时间", "缔结时间", "签署时间"),
    STATUS(false, "status", "状态"),
    SOURCE(false, "source", "来源", "出处"),
    NOTE(false, "note", "备注", "说明"),
    /** Optional registry codes that pin a row to exact places; exports write them so re-imports match exactly. */
    DOMESTIC_CODE(false, "domestic_code", "中方代码"),
    PARTNER_CODE(false, "partner_code", "外方代码");

    private final boolean required;
    private final List<String> headers;

    Column(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The English header, as exports write it. */
    public String header() {
        return headers.get(0);
    }

    public String chineseHeader() {
        return headers.get(1);
    }

    public static Optional<Column> of(String header) {
        String h = header == null ? "" : header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        for (Column c : values()) {
            if (c.headers.contains(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static String accepted() {
        StringBuilder b = new StringBuilder();
        for (Column c : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(c.header()).append('/').append(c.chineseHeader());
        }
        return b.toString();
    }
}
