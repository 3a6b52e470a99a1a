package org.youcheng.extract;

import java.time.Instant;
import org.youcheng.extract.internal.TiePatterns;

/**
 * A tie read from an article, waiting in the review queue (or decided). {@code existingTieId} is the registry's tie
 * between the same two places when there is one: accepting then updates that tie instead of making a second.
 * {@code pattern} names the sentence pattern that read it (null for candidates filed before patterns were recorded).
 */
public record Candidate(
        long id,
        String source,
        String domestic,
        String domesticLevel,
        Long domesticId,
        String partner,
        String partnerCountry,
        Long partnerId,
        String kind,
        String signed,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        String status,
        Long tieId,
        Long existingTieId,
        Instant createdAt,
        Instant decidedAt,
        String pattern) {

    public boolean pending() {
        return "pending".equals(status);
    }

    /** The pattern's Chinese label and English name ("省略主语 elided-subject"), or null. */
    public String patternLabel() {
        return TiePatterns.label(pattern);
    }

    public boolean duplicate() {
        return existingTieId != null && pending();
    }
}
