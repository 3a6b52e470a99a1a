package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.FlaggedPlace;
import org.youcheng.registry.MergePlan;
import org.youcheng.registry.PlaceCard;
import org.youcheng.registry.PlaceMending;
import org.youcheng.registry.PlaceMerge;

/** Mending places: the flagged list, renames, aliases, merges and the review mark. */
@RestController
@Tag(name = ApiTags.PLACES)
record PlaceMendingController(PlaceMending mending, PlaceMerge merge, PlaceViews places) {

    static final int MAX_LIMIT = 500;

    @GetMapping("/api/v1/places/review")
    @Operation(
            summary = "The places an import or the review queue created and flagged for review, newest first, "
                    + "each with the known places of its country whose names look like its own")
    FlaggedPlaceJson.Page flagged(
            @Parameter(description = "places to return, 1 to 500") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(
                    List.of(new FieldError("limit", limit, "must be between 1 and " + MAX_LIMIT)));
        }
        PlaceMending.Flagged f = mending.flagged(limit);
        return new FlaggedPlaceJson.Page(
                f.total(), f.places().stream().map(this::flagged).toList());
    }

    @PutMapping("/api/v1/places/{id}")
    @Operation(
            summary = "Rename a place at a version (the old names stay as aliases); a stale version gets 409 "
                    + "with the current place")
    PlaceDetailJson rename(@PathVariable long id, @RequestBody PlaceMendRequests.Rename request) {
        if (request.version() == null) {
            throw new ValidationException(List.of(
                    new FieldError("version", null, "required: the version the place was read at", "required")));
        }
        mending.rename(id, request.version(), request.nameZh(), request.nameEn());
        return places.detail(id);
    }

    @PostMapping("/api/v1/places/{id}/aliases")
    @Operation(summary = "Add another name of a place, so that tables that write it so resolve to it")
    PlaceDetailJson alias(@PathVariable long id, @RequestBody PlaceMendRequests.Alias request) {
        mending.addAlias(id, request.alias());
        return places.detail(id);
    }

    @PostMapping("/api/v1/places/{id}/reviewed")
    @Operation(summary = "Mark a place reviewed (clear its review flag)")
    PlaceDetailJson reviewed(@PathVariable long id, @RequestBody(required = false) PlaceMendRequests.Reviewed request) {
        mending.markReviewed(id, request == null ? null : request.version());
        return places.detail(id);
    }

    @PostMapping("/api/v1/places/{id}/merge")
    @Operation(
            summary = "Merge this place (a duplicate) into the known place it really is: its ties move or "
                    + "combine, everything else that names it follows, its names become aliases, and it is deleted; "
                    + "returns what moved")
    MergeJson merge(@PathVariable long id, @RequestBody PlaceMendRequests.Merge request) {
        return json(merge.merge(id, request.into()));
    }

    MergeJson json(MergePlan plan) {
        return new MergeJson(
                places.place(plan.duplicate()),
                places.place(plan.known()),
                plan.ties().stream()
                        .map(t -> new MergeJson.TieMoveJson(
                                t.tieId(),
                                t.other() == null ? null : places.place(t.other()),
                                t.outcome().name().toLowerCase(Locale.ROOT),
                                t.survivorId()))
                        .toList(),
                plan.references(),
                plan.names());
    }

    private FlaggedPlaceJson flagged(FlaggedPlace f) {
        return new FlaggedPlaceJson(
                card(f.card()), f.lookalikes().stream().map(this::card).toList());
    }

    private PlaceCardJson card(PlaceCard c) {
        return places.card(c);
    }
}
