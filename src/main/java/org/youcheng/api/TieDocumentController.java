package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieService;

/** The documents of a tie: its agreement, memoranda, letters of intent. */
@RestController
@Tag(name = ApiTags.TIES)
record TieDocumentController(TieService service) {

    /** A document to file with a tie. */
    record DocumentRequest(
            @Schema(description = "agreement, memorandum, intent_letter or other (or 协议书, 备忘录, 意向书)")
            String kind,

            @Schema(description = "its title", example = "青岛市与下关市建立友好城市关系议定书")
            String title,

            @Schema(description = "where to read it (http or https)")
            String url,

            @Schema(description = "its date (ISO)", example = "1979-10-03")
            String dated) {}

    @PostMapping("/api/v1/ties/{id}/documents")
    @Operation(summary = "File a document with a tie")
    ResponseEntity<TieJson.DocumentJson> add(@PathVariable long id, @RequestBody DocumentRequest request) {
        LocalDate dated = null;
        if (request.dated() != null && !request.dated().isBlank()) {
            try {
                dated = LocalDate.parse(request.dated().strip());
            } catch (DateTimeParseException e) {
                throw ValidationException.of("dated", request.dated(), "an ISO date such as 1979-10-03");
            }
        }
        TieDocument.Kind kind = TieDocument.Kind.parse(request.kind()).orElse(null);
        TieDocument d = service.addDocument(id, kind, request.title(), request.url(), dated);
        return ResponseEntity.status(HttpStatus.CREATED).body(TieJson.DocumentJson.of(d));
    }

    @DeleteMapping("/api/v1/ties/{id}/documents/{documentId}")
    @Operation(summary = "Remove a document from a tie")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long documentId) {
        service.removeDocument(id, documentId);
        return ResponseEntity.noContent().build();
    }
}
