package org.youcheng.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the requests that mend places. */
final class PlaceMendRequests {

    private PlaceMendRequests() {}

    /** New names at the version read; a missing name keeps the one the place has. */
    record Rename(
            @Schema(description = "the version the names were read at", example = "0")
            Integer version,

            @Schema(description = "the Chinese name", example = "京都市")
            String nameZh,

            @Schema(description = "the English name", example = "Kyoto")
            String nameEn) {}

    record Alias(
            @Schema(description = "another name of the place, as tables write it", example = "京都")
            String alias) {}

    record Merge(
            @Schema(description = "the id of the known place this one really is", example = "42")
            Long into) {}

    record Reviewed(
            @Schema(description = "the version read; missing: the current one", example = "0")
            Integer version) {}
}
