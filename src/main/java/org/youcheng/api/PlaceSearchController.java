package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;

/** Finds places by a Chinese or English name, pinyin or code fragment. */
@RestController
@Tag(name = ApiTags.PLACES)
record PlaceSearchController(PlaceViews places) {

    static final int MAX_LIMIT = 100;

    @GetMapping("/api/v1/places")
    @Operation(summary = "Search places by name (Chinese or English), exact names first")
    PlaceSearchJson search(
            @Parameter(description = "text to look for, e.g. 青岛 or Qingdao") @RequestParam(required = false) String q,
            @Parameter(description = "hits to return, 1 to 100") @RequestParam(defaultValue = "20") int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (q == null || q.isBlank()) {
            errors.add(new FieldError("q", q, "required: the text to look for"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", limit, "must be between 1 and " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PlaceSearchJson(q.strip(), limit, places.search(q, limit));
    }
}
