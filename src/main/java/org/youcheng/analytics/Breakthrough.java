package org.youcheng.analytics;

import org.youcheng.registry.Summary;

/**
 * 零的突破: a tie that was the first signed tie of a place (the place of a report, or a city or province above it,
 * each with all its subordinates) in a country, in a continent, or anywhere at all.
 *
 * @param of      the place whose first it was
 * @param ofZh    that place as a sentence names it (全省 of a province is the province itself: 山东省)
 * @param over    {@code country}, {@code continent} or {@code any}
 * @param whereZh the country or continent, in Chinese (null for any); whereEn in English
 */
public record Breakthrough(
        TieLine tie, Summary.PlaceRef of, String ofZh, String ofEn, String over, String whereZh, String whereEn) {}
