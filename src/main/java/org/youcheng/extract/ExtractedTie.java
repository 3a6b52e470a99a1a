package org.youcheng.extract;

import org.youcheng.extract.internal.TiePattern;

/**
 * A tie read from an article, with the exact evidence: {@code start}/{@code end} are character offsets (UTF-16
 * units) of {@code evidence} in the input. {@code kind} is sister, partner or intent; {@code signed} a partial date
 * (1994, 1994-10, 1994-10-01) or null; the ids are registry places when the names resolve, else null; {@code pattern} is
 * the name of the sentence pattern that read the tie ({@link TiePattern#name()}).
 */
public record ExtractedTie(
        String domestic,
        String domesticLevel,
        String partner,
        String partnerCountry,
        String kind,
        String signed,
        String evidence,
        int start,
        int end,
        Long domesticId,
        Long partnerId,
        String pattern) {}
