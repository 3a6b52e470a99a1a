package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One place with its parent, country and ties. */
@RestController
@Tag(name = ApiTags.PLACES)
record PlaceController(PlaceViews places) {

    @GetMapping("/api/v1/places/{id}")
    @Operation(summary = "A place with its parent, its country and its ties")
    PlaceDetailJson place(@PathVariable long id) {
        return places.detail(id);
    }
}
