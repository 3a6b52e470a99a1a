package org.youcheng.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a create or a change. Each side is given by id or by name (a name, a code such as CN-370200 or
 * Q35765); a change replaces every field and carries the version it was based on.
 */
record TieRequest(
        @Schema(description = "id of the Chinese side (or of either side)")
        Long domesticId,

        @Schema(description = "the Chinese side by name or code, when domestic_id is not given", example = "青岛市")
        String domestic,

        @Schema(description = "id of the partner") Long partnerId,

        @Schema(description = "the partner by name or code, when partner_id is not given", example = "Q35765")
        String partner,

        @Schema(description = "sister, partner or intent, or a Chinese word such as 友好城市", example = "sister")
        String kind,

        @Schema(description = "signing date: 1974, 1974-02, 1974-02-01 or 1974年2月1日", example = "1979-06")
        String signed,

        @Schema(description = "active (default), dormant or ended", example = "active")
        String status,

        @Schema(description = "ISO date the tie ended (ended ties only)", example = "2020-05-01")
        String endedOn,

        String endReason,
        String source,
        String note,

        @Schema(description = "the version this change is based on (required for PUT)")
        Integer version,

        @Schema(
                description = "the source document of a sister or partner tie signed outside the approval path "
                        + "(before the registry): required to record one, for those who may (admins by default)")
        SignedRecordRequest signedRecord) {

    /** The source document of a tie recorded outside the approval path. */
    record SignedRecordRequest(
            @Schema(example = "西安市与奈良市缔结友好城市协议书") String title,
            @Schema(description = "where it can be read") String url,

            @Schema(description = "ISO date of the document", example = "1974-02-01")
            String dated) {}
}
