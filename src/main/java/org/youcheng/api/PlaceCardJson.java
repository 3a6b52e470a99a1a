package org.youcheng.api;

/**
 * A place with what tells it apart from places of a similar name: country, level, parent, code, where it came
 * from, and how many ties and activities it carries.
 */
record PlaceCardJson(
        long id,
        String code,
        String nameZh,
        String nameEn,
        String level,
        CountryJson country,
        ParentJson parent,
        String origin,
        boolean needsReview,
        int version,
        int ties,
        int activities) {}
