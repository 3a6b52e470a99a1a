package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.PartnerRequestService;

/** 寻找友城: partner-search requests, published, listed, withdrawn, and matched. */
@RestController
@Tag(name = ApiTags.PARTNER_SEARCH)
record PartnerRequestController(PartnerRequestService requests, PartnerMatching matching) {

    @PostMapping("/api/v1/partner-requests")
    @Operation(summary = "Publish a request: place_id, countries, regions, level, population_min/max, themes, text")
    @ApiResponse(responseCode = "201", description = "stored; Location names it")
    ResponseEntity<PartnerRequest> create(@RequestBody PartnerRequestService.Draft draft) {
        PartnerRequest r = requests.create(draft);
        return ResponseEntity.created(Locations.of("/api/v1/partner-requests/{id}", r.id()))
                .body(r);
    }

    @GetMapping("/api/v1/partner-requests")
    @Operation(summary = "Every stored request, newest first, or those of one place")
    List<PartnerRequest> list(@RequestParam(name = "place_id", required = false) Long placeId) {
        return requests.list(placeId);
    }

    @GetMapping("/api/v1/partner-requests/{id}")
    @Operation(summary = "One request")
    PartnerRequest get(@PathVariable long id) {
        return requests.get(id);
    }

    @DeleteMapping("/api/v1/partner-requests/{id}")
    @Operation(summary = "Withdraw a request")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        requests.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/partner-requests/{id}/candidates")
    @Operation(summary = "The places that best answer the request, each score in named parts with reasons")
    PartnerMatching.Result candidates(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
        return matching.candidates(requests.get(id), GraphParams.limit(limit));
    }
}
