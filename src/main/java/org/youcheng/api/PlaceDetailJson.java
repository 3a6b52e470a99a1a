package org.youcheng.api;

import java.time.LocalDate;
import java.util.List;

/** A place with its parent, its country and its own ties (not those of its counties and districts). */
record PlaceDetailJson(
        long id,
        String code,
        String nameZh,
        String nameEn,
        String pinyin,
        String level,
        Double lat,
        Double lng,
        boolean needsReview,
        int version,
        CountryJson country,
        ParentJson parent,
        List<PlaceTieJson> ties) {

    /**
     * One tie of the place, seen from the place: the other side and what joins them, and who says so (as in a
     * tie's own JSON; its statements are at {@code /api/v1/ties/{id}}).
     */
    record PlaceTieJson(
            long id,
            String kind,
            String signed,
            String signedPrecision,
            String status,
            LocalDate endedOn,
            String endReason,
            String source,
            String note,
            int version,
            PlaceJson other,
            String origin,
            String authority,
            LocalDate setAsideOn,
            String setAsideReason) {}
}
