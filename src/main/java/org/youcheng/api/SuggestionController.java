package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.network.Expansion;
import org.youcheng.network.ExpansionService;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.network.PlaceAttributeService;
import org.youcheng.network.PlaceAttributes;

/** A place's next partners: 以点带面 near its partners, partner-search candidates, and the attributes they weigh. */
@RestController
@Tag(name = ApiTags.PARTNER_SEARCH)
record SuggestionController(
        ExpansionService expansion,
        PartnerMatching matching,
        PartnerRequestService requests,
        PlaceAttributeService attributes) {

    /** A place's attributes as written: {@code version} is the one read (0 when none are on record yet). */
    record AttributesRequest(
            Long population,
            Integer populationYear,
            Double areaKm2,
            List<String> themes,
            String source,
            Integer version) {}

    @GetMapping("/api/v1/places/{id}/suggestions")
    @Operation(summary = "以点带面: places near this place's partners (same country, within radius_km), not tied to it")
    Expansion suggestions(
            @PathVariable long id,
            @RequestParam(name = "radius_km", defaultValue = "150") double radiusKm,
            @RequestParam(defaultValue = "20") int limit) {
        return expansion.around(id, radiusKm, GraphParams.limit(limit));
    }

    @GetMapping("/api/v1/places/{id}/partner-candidates")
    @Operation(summary = "Partner-search candidates for the place's newest request (any comparable partner if none)")
    PartnerMatching.Result candidates(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
        attributes.of(id);
        return matching.candidates(requests.latestOrOpen(id), GraphParams.limit(limit));
    }

    @GetMapping("/api/v1/places/{id}/attributes")
    @Operation(summary = "Population, area and themes on record for the place (nulls where none is)")
    PlaceAttributes attributes(@PathVariable long id) {
        return attributes.of(id);
    }

    @PutMapping("/api/v1/places/{id}/attributes")
    @Operation(summary = "Record the place's population, area and themes, with their source; 409 on a stale version")
    PlaceAttributes changeAttributes(@PathVariable long id, @RequestBody AttributesRequest body) {
        if (body.version() == null) {
            throw org.youcheng.common.ValidationException.of(
                    "version", null, "required: the version read (0 when none is on record)");
        }
        return attributes.change(
                id,
                new PlaceAttributeService.Change(
                        body.population(),
                        body.populationYear(),
                        body.areaKm2(),
                        body.themes(),
                        body.source(),
                        body.version()));
    }
}
