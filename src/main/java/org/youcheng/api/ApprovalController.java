package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.approval.Application;
import org.youcheng.approval.ApprovalService;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.TieKind;

/**
 * The approval path of a formal tie: the application from an intent tie, the province's review, the national
 * association's approval (sister ties), the signing. A step out of turn or at a stale version is 409.
 */
@RestController
@Tag(name = ApiTags.TIES)
record ApprovalController(ApprovalService approvals) {

    record ApplyRequest(
            @Schema(description = "sister or partner") String kind,

            @Schema(description = "the application's version, when filing a returned one again")
            Integer version) {}

    record ReviewRequest(
            @Schema(description = "the application's version read")
            Integer version,

            @Schema(description = "approve or return") String decision,

            @Schema(description = "why it is returned (required for a return)")
            String reason) {}

    record SigningRequest(
            Integer version,
            @Schema(description = "the signing date (ISO)") String signed) {}

    @GetMapping("/api/v1/ties/{id}/application")
    @Operation(summary = "A tie's application for a formal tie, with every step taken")
    Application read(@PathVariable long id) {
        return approvals.of(id).orElseThrow(() -> new NotFoundException("tie " + id + " has no application"));
    }

    @PostMapping("/api/v1/ties/{id}/application")
    @Operation(summary = "The city files an application (from an intent tie with its letter of intent)")
    ResponseEntity<Application> apply(@PathVariable long id, @RequestBody ApplyRequest request) {
        TieKind kind = TieKind.parse(request.kind())
                .orElseThrow(() -> ValidationException.of("kind", request.kind(), "sister or partner"));
        return ResponseEntity.status(HttpStatus.CREATED).body(approvals.apply(id, kind, request.version()));
    }

    @PostMapping("/api/v1/ties/{id}/application/province")
    @Operation(summary = "The province's editor approves or returns the application")
    Application province(@PathVariable long id, @RequestBody ReviewRequest request) {
        return approvals.provinceReview(id, version(request.version()), decision(request.decision()), request.reason());
    }

    @PostMapping("/api/v1/ties/{id}/application/national")
    @Operation(summary = "The national association (admin) approves or returns a sister tie's application")
    Application national(@PathVariable long id, @RequestBody ReviewRequest request) {
        return approvals.nationalReview(id, version(request.version()), decision(request.decision()), request.reason());
    }

    @PostMapping("/api/v1/ties/{id}/application/signing")
    @Operation(summary = "The signing: the tie becomes what was applied for, active from the date")
    Application signing(@PathVariable long id, @RequestBody SigningRequest request) {
        LocalDate signed;
        try {
            signed = request.signed() == null
                    ? null
                    : LocalDate.parse(request.signed().strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("signed", request.signed(), "an ISO date such as 2026-11-25");
        }
        return approvals.sign(id, version(request.version()), signed);
    }

    private static int version(Integer v) {
        if (v == null) {
            throw ValidationException.of("version", null, "required: the version of the application read");
        }
        return v;
    }

    static ApprovalService.Decision decision(String d) {
        try {
            return ApprovalService.Decision.valueOf(String.valueOf(d).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("decision", d, "approve or return");
        }
    }
}
