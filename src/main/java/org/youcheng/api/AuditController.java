package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.common.ValidationException;
import org.youcheng.security.AuditEvent;
import org.youcheng.security.AuditQuery;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/** The audit trail for admins: every change, filtered, as JSON or CSV. */
@RestController
@Tag(name = ApiTags.AUDIT)
record AuditController(AuditTrail audit, Permissions permissions) {

    @GetMapping("/api/v1/audit")
    @Operation(
            summary = "The audit trail, oldest first (admins): since/until (date or instant), entity, "
                    + "entity_id, user; format=csv for a CSV export")
    ResponseEntity<?> read(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String entity,
            @RequestParam(name = "entity_id", required = false) Long entityId,
            @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "10000") int limit)
            throws IOException {
        permissions.requireAdmin();
        List<AuditEvent> events = audit.find(AuditQuery.of(since, until, entity, entityId, user, limit));
        if ("csv".equalsIgnoreCase(format)) {
            StringWriter out = new StringWriter();
            AuditTrail.writeCsv(events, out);
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                    .body(out.toString());
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw ValidationException.of("format", format, "json or csv");
        }
        return ResponseEntity.ok(events);
    }
}
