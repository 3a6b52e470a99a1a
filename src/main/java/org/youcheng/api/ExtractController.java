package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.extract.ArticleFacts;
import org.youcheng.extract.Candidate;
import org.youcheng.extract.ExtractService;
import org.youcheng.extract.ReviewService;

/** Reads articles (changes nothing) and runs the review queue (accept and reject change the registry). */
@RestController
@Tag(name = ApiTags.EXTRACTION)
record ExtractController(ExtractService extraction, ReviewService review, TieViews ties) {

    /** An accepted candidate and the tie it made or updated (with its warnings). */
    record AcceptedJson(Candidate candidate, TieJson tie, boolean updated, List<ReviewService.Conflict> conflicts) {}

    @PostMapping("/api/v1/extract")
    @Operation(summary = "Read an article: the ties and totals it states, with evidence and offsets; changes nothing")
    ArticleFacts extract(@RequestBody ExtractRequest request) {
        return extraction.extract(source(request), text(request));
    }

    @PostMapping("/api/v1/review")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Read an article and put its ties into the review queue; returns the new candidates' ids")
    Map<String, Object> enqueue(@RequestBody ExtractRequest request) {
        String text = text(request);
        ArticleFacts facts = extraction.extract(source(request), text);
        List<Long> ids = review.enqueue(facts, text);
        return Map.of("queued", ids, "facts", facts);
    }

    @GetMapping("/api/v1/review")
    @Operation(summary = "The review queue: candidates by status (pending, accepted, rejected), oldest first")
    ReviewService.Queue list(
            @RequestParam(defaultValue = "pending") String status,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw new ValidationException(List.of(new FieldError(
                    limit < 1 || limit > 500 ? "limit" : "offset",
                    limit < 1 || limit > 500 ? limit : offset,
                    "limit 1 to 500, offset 0 or more",
                    "bad_page")));
        }
        return review.list(status, limit, offset);
    }

    @GetMapping("/api/v1/review/{id}")
    @Operation(summary = "One candidate, with the tie it duplicates (existing_tie_id) if any")
    Candidate get(@PathVariable long id) {
        return review.get(id);
    }

    @PostMapping("/api/v1/review/{id}/accept")
    @Operation(
            summary = "Accept a pending candidate, with optional corrections: creates the tie, or updates the "
                    + "tie the two places already have, with the article as its source")
    AcceptedJson accept(@PathVariable long id, @RequestBody(required = false) ReviewEdit edit) {
        ReviewEdit e = edit == null ? new ReviewEdit(null, null, null, null, null) : edit;
        ReviewService.Accepted a = review.accept(
                id, new ReviewService.Edit(e.domestic(), e.partner(), e.partnerCountry(), e.kind(), e.signed()));
        return new AcceptedJson(a.candidate(), ties.of(a.tie()), a.updated(), a.conflicts());
    }

    @PostMapping("/api/v1/review/{id}/reject")
    @Operation(summary = "Reject a pending candidate; nothing enters the registry")
    Candidate reject(@PathVariable long id) {
        return review.reject(id);
    }

    private static String text(ExtractRequest r) {
        if (r == null || r.text() == null || r.text().isBlank()) {
            throw new ValidationException(
                    List.of(new FieldError("text", null, "required: the article's text", "required")));
        }
        return r.text();
    }

    private static String source(ExtractRequest r) {
        return r.source() == null || r.source().isBlank()
                ? "article"
                : r.source().strip();
    }
}
