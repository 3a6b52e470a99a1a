package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.youcheng.common.ClientLanguage;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.ActivityImporter;
import org.youcheng.io.Format;
import org.youcheng.io.ImportReport;
import org.youcheng.io.ProblemText;
import org.youcheng.io.TieImporter;

/**
 * Imports an uploaded tie table (CSV or .xlsx) whole or not at all. The upload is kept in a temporary file
 * for the two passes of the import and removed afterwards.
 */
@RestController
@Tag(name = ApiTags.IMPORTS)
class ImportController {

    private final TieImporter importer;
    private final ActivityImporter activities;
    private final long maxBytes;
    private final ProblemText problems;

    ImportController(
            TieImporter importer, ActivityImporter activities, YouchengProperties properties, ProblemText problems) {
        this.problems = problems;
        this.importer = importer;
        this.activities = activities;
        this.maxBytes = properties.imports().maxUploadBytes();
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a tie table (CSV UTF-8 or .xlsx); dry_run=true only reports what would change")
    @ApiResponse(responseCode = "200", description = "imported (or, for a dry run, checked); the report")
    @ApiResponse(responseCode = "422", description = "bad rows: nothing imported; the report lists every one")
    @ApiResponse(responseCode = "413", description = "the file is larger than youcheng.imports.max-upload-mb")
    ResponseEntity<ImportReport> importTies(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            @RequestParam(name = "complete_for", required = false) String completeFor,
            @RequestParam(name = "with_subordinates", defaultValue = "false") boolean withSubordinates,
            @RequestParam(name = "end_missing", required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate endMissing,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language)
            throws IOException {
        if (completeFor == null && (withSubordinates || endMissing != null)) {
            throw new org.youcheng.common.ValidationException(java.util.List.of(new org.youcheng.common.FieldError(
                    "complete_for", null, "with_subordinates and end_missing need complete_for", "missing")));
        }
        var list = completeFor == null ? null : importer.completeList(completeFor, withSubordinates, endMissing);
        return upload(
                file, language, (opener, format, name) -> importer.importFile(opener, format, name, dryRun, list));
    }

    @PostMapping(path = "/api/v1/activities/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import activities: a CSV table with a type column, or an .xlsx workbook with one sheet per "
                    + "type; whole or nothing; dry_run=true only checks")
    @ApiResponse(responseCode = "200", description = "imported (or, for a dry run, checked); the report")
    @ApiResponse(responseCode = "422", description = "bad rows: nothing imported; the report lists every one")
    @ApiResponse(responseCode = "413", description = "the file is larger than youcheng.imports.max-upload-mb")
    ResponseEntity<ImportReport> importActivities(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language)
            throws IOException {
        return upload(file, language, (opener, format, name) -> activities.importFile(opener, format, name, dryRun));
    }

    /** One import of an uploaded file. */
    @FunctionalInterface
    interface Run {
        ImportReport run(TieImporter.FileOpener file, Format format, String name) throws IOException;
    }

    /**
     * Keeps the upload in a temporary file for the import, and removes it afterwards. The report's problems are in
     * the client's language ({@code Accept-Language}: English unless it prefers Chinese).
     */
    private ResponseEntity<ImportReport> upload(MultipartFile file, String language, Run run) throws IOException {
        String name = file.getOriginalFilename() == null
                ? "upload"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (file.getSize() > maxBytes) {
            // the servlet container enforces the same limit while it reads the upload; this guards other routes in
            throw new BodyTooLargeException("the file is larger than " + maxBytes / (1024 * 1024)
                    + " MiB (youcheng.imports.max-upload-mb); import it on the command line instead");
        }
        if (file.isEmpty() || !(lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".txt"))) {
            throw ValidationException.of(
                    "file", name, file.isEmpty() ? "the file is empty" : "upload a .csv (UTF-8) or .xlsx file");
        }
        Path tmp = Files.createTempFile("youcheng-import-", lower.endsWith(".xlsx") ? ".xlsx" : ".csv");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportReport report = run.run(() -> Files.newInputStream(tmp), Format.ofFile(lower), name);
            return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(problems.in(report, ClientLanguage.ofAcceptLanguage(language)));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
