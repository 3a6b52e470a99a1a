package org.youcheng.analytics.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.youcheng.analytics.YearReport;

/** Writes a {@link YearReport} in one of the {@link ReportFormat}s, in Chinese or English. */
@Service
public class ReportWriter {

    private final ObjectMapper json;
    private final ReportHtml html;
    private final ReportPdf pdf;
    private final ReportXlsx xlsx;

    ReportWriter(ObjectMapper json, ReportHtml html, ReportPdf pdf, ReportXlsx xlsx) {
        this.json = json.copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.html = html;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public void write(YearReport report, ReportFormat format, Locale locale, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> out.write(json.writeValueAsBytes(report));
            case HTML -> out.write(html.render(report, locale).getBytes(StandardCharsets.UTF_8));
            case PDF -> pdf.write(html.render(report, locale), out);
            case XLSX -> xlsx.write(report, locale, out);
        }
    }
}
