package org.youcheng.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.PeerGroup;
import org.youcheng.analytics.RankingService;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.YearReportService;
import org.youcheng.analytics.report.ReportFormat;
import org.youcheng.analytics.report.ReportWriter;
import org.youcheng.web.Languages;

/**
 * The ranking of the places of a level (a table to sort, each place's breakdown under it) and a place's year-end
 * report: the report is its own document, for print, with links to the same as PDF, xlsx and JSON.
 */
@Controller
record ReportPages(RankingService rankings, YearReportService reports, ReportWriter writer, Clock clock) {

    /** Only the report's own inline style and its images inlined as data: the rest of the app's policy is stricter. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @GetMapping("/rankings")
    String ranking(
            @RequestParam(defaultValue = "prefecture") String level,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String scope,
            Locale locale,
            Model model) {
        PeerGroup l = FigureParams.peers(level);
        int y = FigureParams.year(year, LocalDate.now(clock));
        Scope s = FigureParams.scope(scope);
        model.addAttribute("ranking", rankings.rank(l, y, s));
        model.addAttribute(
                "levels",
                java.util.Arrays.stream(PeerGroup.values()).map(PeerGroup::code).toList());
        model.addAttribute("year", y);
        model.addAttribute("scope", s.code());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        model.addAttribute("zh", Languages.chinese(locale));
        return "report/ranking";
    }

    @GetMapping("/places/{id}/report")
    ResponseEntity<byte[]> report(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "html") String format,
            @RequestParam(required = false) String scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ReportFormat f = ReportFormat.of(format);
        int y = FigureParams.year(year, LocalDate.now(clock));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(
                reports.report(id, y, FigureParams.scope(scope)),
                f,
                Languages.chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                out);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, f.contentType());
        if (f == ReportFormat.HTML) {
            response.setHeader("Content-Security-Policy", REPORT_POLICY); // replaces the app's, set by its filter
        } else {
            ok.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"report-" + id + "-" + y + "." + f.extension() + "\"");
        }
        return ok.body(out.toByteArray());
    }
}
