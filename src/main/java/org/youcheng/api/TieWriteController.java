package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.registry.TieService;

/** Creates, changes and deletes ties; every write reports the rules of the trade it bends. */
@RestController
@Tag(name = ApiTags.TIES)
record TieWriteController(TieService service, TieRequestReader reader, TieViews ties) {

    @PostMapping("/api/v1/ties")
    @Operation(summary = "Create a tie (one per pair of places); returns it with its warnings")
    @ApiResponse(responseCode = "201", description = "created; Location names the new tie")
    ResponseEntity<TieJson> create(@RequestBody TieRequest request) {
        TieRequestReader.Create create = reader.create(request);
        TieJson tie = ties.of(service.create(create.draft(), create.record()));
        return ResponseEntity.created(Locations.of("/api/v1/ties/{id}", tie.id()))
                .body(tie);
    }

    @PutMapping("/api/v1/ties/{id}")
    @Operation(summary = "Replace a tie's content; a stale version gets 409 with the current tie")
    TieJson update(@PathVariable long id, @RequestBody TieRequest request) {
        service.requireChange(id); // the scope before the fields: an outsider learns nothing of its mistakes
        TieRequestReader.Change change = reader.change(request);
        return ties.of(service.update(id, change.version(), change.draft(), change.record()));
    }

    @DeleteMapping("/api/v1/ties/{id}")
    @Operation(summary = "Delete a tie at the given version; a stale version gets 409 with the current tie")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
