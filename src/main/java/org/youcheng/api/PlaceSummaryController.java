package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;

/** The figures an office reports first, as `youcheng summary --json` prints them. */
@RestController
@Tag(name = ApiTags.PLACES)
record PlaceSummaryController(SummaryService summaries) {

    @GetMapping("/api/v1/places/{id}/summary")
    @Operation(summary = "Partners by kind, countries and continents, also including counties and districts")
    Summary summary(@PathVariable long id) {
        return summaries.summary(id);
    }
}
