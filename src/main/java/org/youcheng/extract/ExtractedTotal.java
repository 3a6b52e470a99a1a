package org.youcheng.extract;

/**
 * A place's totals as an article states them ("已与27个国家41个城市结为友好城市"): partners by kind, all partners,
 * countries, the year they hold for, and the evidence with its offsets in the input.
 */
public record ExtractedTotal(
        String place,
        Integer sister,
        Integer partner,
        Integer allPartners,
        Integer countries,
        String asOf,
        String evidence,
        int start,
        int end,
        Long placeId) {}
