package org.youcheng.analytics.report;

import java.util.Optional;
import org.youcheng.common.ValidationException;

/** The formats a year-end report is written in. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format asked for by the API, a page or the command line: one answer to a bad value, naming the field. */
    public static ReportFormat of(String text) {
        return parse(text).orElseThrow(() -> ValidationException.of("format", text, "must be " + accepted()));
    }

    public static String accepted() {
        return "html, pdf, xlsx or json";
    }
}
