package org.youcheng.analytics.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * A year-end report as PDF, from its HTML, in-process (openhtmltopdf on PDFBox), with the report fonts embedded so
 * Chinese and accented Latin names print on any machine: the Latin font first, the Chinese one for what it lacks.
 */
@Component
record ReportPdf(ReportFont font) {

    void write(String html, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(font.file().toFile(), "ReportFont");
        // tried first for every character: Droid Sans Fallback has no accented Latin letters (Iași printed Ia#i)
        font.latin().ifPresent(f -> b.useFont(f.toFile(), "ReportLatin"));
        b.withHtmlContent(html, null);
        b.toStream(out);
        b.run();
    }
}
