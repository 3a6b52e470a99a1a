package org.youcheng.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.ActivityExporter;
import org.youcheng.io.Format;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityFile;
import org.youcheng.ledger.Dormancy;
import org.youcheng.ledger.Ledger;
import org.youcheng.ledger.TieHealth;

/** The exchange ledger: activities one by one, their files, and the timelines of a place and a tie. */
@RestController
@Tag(name = ApiTags.LEDGER)
class ActivityController {

    /** A tie's ledger: its health (null for an ended tie) and its activities, latest first. */
    record TieLedger(long tieId, TieHealth health, List<Activity> activities) {}

    private final Ledger ledger;
    private final ActivityRequestReader reader;
    private final ActivityExporter exporter;
    private final long maxUploadBytes;

    ActivityController(
            Ledger ledger, ActivityRequestReader reader, ActivityExporter exporter, YouchengProperties properties) {
        this.exporter = exporter;
        this.ledger = ledger;
        this.reader = reader;
        this.maxUploadBytes = properties.imports().maxUploadBytes();
    }

    @PostMapping("/api/v1/activities")
    @Operation(summary = "Record an activity (delegation, event, agreement, project or award) of a Chinese place")
    @ApiResponse(responseCode = "201", description = "recorded; Location names it")
    ResponseEntity<Activity> create(@RequestBody JsonNode body) {
        JsonNode place = body == null ? null : body.get("place_id");
        ledger.requireChangeOfPlace(
                place != null && place.canConvertToLong() && place.isIntegralNumber()
                        ? place.longValue()
                        : null); // the scope before the fields
        Activity a = ledger.create(reader.create(body));
        return ResponseEntity.created(Locations.of("/api/v1/activities/{id}", a.id()))
                .body(a);
    }

    @GetMapping("/api/v1/activities/{id}")
    @Operation(summary = "An activity with its foreign side and files")
    Activity get(@PathVariable long id) {
        return ledger.get(id);
    }

    @PutMapping("/api/v1/activities/{id}")
    @Operation(summary = "Replace an activity's content; a stale version gets 409 with the current activity")
    Activity update(@PathVariable long id, @RequestBody JsonNode body) {
        ledger.requireChange(id); // the scope before the fields
        ActivityRequestReader.Change change = reader.change(body);
        return ledger.update(id, change.version(), change.draft());
    }

    @DeleteMapping("/api/v1/activities/{id}")
    @Operation(summary = "Delete an activity at the given version; a stale version gets 409")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        ledger.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/activities/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (multipart `file`); stored with its SHA-256")
    @ApiResponse(responseCode = "201", description = "attached")
    ResponseEntity<ActivityFile> attach(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > maxUploadBytes) {
            throw new BodyTooLargeException("the file is larger than " + maxUploadBytes / (1024 * 1024)
                    + " MiB (youcheng.imports.max-upload-mb)");
        }
        ActivityFile f = ledger.attach(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(Locations.of("/api/v1/activities/{id}/files/{fileKey}", id, f.key()))
                .body(f);
    }

    @GetMapping("/api/v1/activities/{id}/files/{fileKey}")
    @Operation(
            summary = "An attached file by its key (accounts only), with the type its content shows; only images "
                    + "are shown inline")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String fileKey) {
        ActivityFile f = ledger.file(id, fileKey);
        ContentDisposition disposition = (f.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + f.sha256() + "\"")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(ledger.content(f));
    }

    @DeleteMapping("/api/v1/activities/{id}/files/{fileKey}")
    @Operation(summary = "Remove an attached file, named by its key")
    @ApiResponse(responseCode = "204", description = "removed")
    ResponseEntity<Void> detach(@PathVariable long id, @PathVariable String fileKey) {
        ledger.detach(id, fileKey);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/places/{id}/activities")
    @Operation(summary = "A place's timeline: its activities in a period (ISO dates, inclusive), latest first")
    List<Activity> timeline(
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean includeSubordinates,
            @RequestParam(defaultValue = "500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw ValidationException.of("limit", limit, "between 1 and 5000");
        }
        return ledger.timeline(id, Periods.date("from", from), Periods.date("to", to), includeSubordinates, limit);
    }

    @GetMapping("/api/v1/places/{id}/activities/export")
    @Operation(
            summary = "A place's activities as a file import-activities reads: csv (one table with a type column) "
                    + "or xlsx (one sheet per type)")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "false") boolean includeSubordinates) {
        Format f = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> Format.CSV;
            case "xlsx" -> Format.XLSX;
            default -> throw ValidationException.of("format", format, "csv or xlsx");
        };
        List<Long> places = ledger.places(id, includeSubordinates);
        return ResponseEntity.ok()
                .contentType(
                        f == Format.CSV
                                ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("activities-" + id + "." + f.extension())
                                .build()
                                .toString())
                .body(out -> exporter.export(f, places, out));
    }

    @GetMapping("/api/v1/ties/{id}/activities")
    @Operation(summary = "A tie's timeline and health")
    TieLedger tieTimeline(@PathVariable long id) {
        List<Activity> activities = ledger.timelineOfTie(id);
        return new TieLedger(id, ledger.healthOfTie(id).orElse(null), activities);
    }

    @GetMapping("/api/v1/places/{id}/tie-health")
    @Operation(
            summary = "The health of a place's live ties (last activity, activities per year, substantive "
                    + "project, dormant), and the dormant ones")
    Map<String, Object> tieHealth(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean includeSubordinates) {
        List<TieHealth> ties = ledger.healthOfPlace(id, includeSubordinates);
        Dormancy d = ledger.dormancy(id, includeSubordinates);
        return Map.of(
                "place_id",
                id,
                "dormant_after_years",
                ledger.dormantAfterYears(),
                "ties",
                ties,
                "ledger_kept",
                d.ledgerKept(),
                "dormant",
                d.dormant().stream().map(TieHealth::tieId).toList());
    }
}
