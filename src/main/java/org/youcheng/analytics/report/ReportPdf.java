package org.youcheng.analytics.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * A year-end report as PDF, from its HTML, in-process (openhtmltopdf on PDFBox), with the report font embedded so
 * Chinese prints on any machine.
 */
@Component
class ReportPdf {

    private final ReportFont font;

    ReportPdf(ReportFont font) {
        this.font = font;
    }

    void write(String html, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(font.file().toFile(), "ReportFont");
        b.withHtmlContent(html, null);
        b.toStream(out);
        b.run();
    }
}
