package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One tie, with both places, status history and warnings. */
@RestController
@Tag(name = ApiTags.TIES)
record TieController(TieViews ties) {

    @GetMapping("/api/v1/ties/{id}")
    @Operation(summary = "A tie with both places, its status history and the rules it bends")
    TieJson tie(@PathVariable long id) {
        return ties.get(id);
    }
}
