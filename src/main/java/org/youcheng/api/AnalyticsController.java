package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.FriendshipProfileService;
import org.youcheng.analytics.Ranking;
import org.youcheng.analytics.RankingService;
import org.youcheng.analytics.Strategy;
import org.youcheng.analytics.StrategyReader;
import org.youcheng.analytics.YearReportService;
import org.youcheng.analytics.report.ReportFormat;
import org.youcheng.analytics.report.ReportWriter;

/** The figures of a place and of its peers: profile, strategy layout, ranking and the year-end report. */
@RestController
@Tag(name = ApiTags.ANALYTICS)
record AnalyticsController(
        FriendshipProfileService profiles,
        RankingService rankings,
        YearReportService reports,
        ReportWriter writer,
        Clock clock) {

    @GetMapping("/api/v1/places/{id}/profile")
    @Operation(
            summary = "A Chinese place's 朋友圈: counts, growth, new ties, firsts, anniversaries in the next "
                    + "twelve months, standing among peers, strategy layout")
    FriendshipProfile profile(
            @PathVariable long id,
            @Parameter(description = "counts at the end of this year (default: the last complete " + "year)")
                    @RequestParam(required = false)
                    Integer year,
            @Parameter(description = "whole (default: with its counties and districts, 全市) or own " + "(本级)")
                    @RequestParam(required = false)
                    String scope) {
        LocalDate today = LocalDate.now(clock);
        int y = FigureParams.year(year, today);
        return profiles.profile(id, y, FigureParams.scope(scope), LocalDate.of(y + 1, 1, 1));
    }

    @GetMapping("/api/v1/places/{id}/strategy")
    @Operation(summary = "A place's strategy layout: regions with a verb and an optional target")
    Strategy strategy(@PathVariable long id) {
        return profiles.strategy(id);
    }

    @PutMapping(
            value = "/api/v1/places/{id}/strategy",
            consumes = {"application/json", "application/yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Replaces a place's strategy layout (YAML or JSON: regions: [{region, verb, target}])")
    Strategy saveStrategy(@PathVariable long id, @RequestBody String body) {
        profiles.requireStrategyChange(id); // the scope before the fields
        profiles.saveStrategy(id, StrategyReader.read(body));
        return profiles.strategy(id);
    }

    @GetMapping("/api/v1/rankings/{level}")
    @Operation(
            summary = "Every Chinese place of a level ranked by the friendship-interaction index, with the "
                    + "breakdown per place (docs/ranking.md)")
    Ranking ranking(
            @PathVariable String level,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String scope) {
        return rankings.rank(
                FigureParams.peers(level), FigureParams.year(year, LocalDate.now(clock)), FigureParams.scope(scope));
    }

    @GetMapping("/api/v1/places/{id}/report")
    @Operation(summary = "A place's year-end report as json, html, pdf or xlsx, in Chinese (default) or English")
    ResponseEntity<byte[]> report(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "zh") String lang,
            @RequestParam(required = false) String scope)
            throws IOException {
        ReportFormat f = ReportFormat.of(format);
        Locale language = FigureParams.language(lang);
        int y = FigureParams.year(year, LocalDate.now(clock));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(reports.report(id, y, FigureParams.scope(scope)), f, language, out);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, f.contentType());
        if (f == ReportFormat.PDF || f == ReportFormat.XLSX) {
            ok.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"report-" + id + "-" + y + "." + f.extension() + "\"");
        }
        return ok.body(out.toByteArray());
    }
}
