package org.youcheng.web.mend;

import org.youcheng.web.PlaceLink;

/**
 * A place on the mending pages, in the page's language, with what tells it apart from places of a similar name.
 *
 * @param altName the name in the other script, or null
 * @param origin  where it came from, in words (GB/T 2260, Wikidata, an import, the review queue, the API)
 */
public record MendCard(
        long id,
        String code,
        String name,
        String altName,
        String nameZh,
        String nameEn,
        String country,
        String level,
        PlaceLink parent,
        String origin,
        boolean needsReview,
        int version,
        int ties,
        int activities) {}
