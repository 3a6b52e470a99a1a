package org.youcheng.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Corrections a reviewer makes before accepting a candidate; a missing field keeps what was read. */
record ReviewEdit(
        @Schema(description = "the Chinese side, by name", example = "绍兴市")
        String domestic,

        @Schema(description = "the foreign side, by name as written", example = "莫雷利亚市")
        String partner,

        @Schema(description = "the partner's country", example = "墨西哥")
        String partnerCountry,

        @Schema(description = "sister, partner or intent (or a Chinese word)", example = "sister")
        String kind,

        @Schema(description = "signing date: 1974, 1974-02, 1974-02-01", example = "2024-10")
        String signed) {}
