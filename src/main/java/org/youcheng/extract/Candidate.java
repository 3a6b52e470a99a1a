package org.youcheng.extract;

import java.time.Instant;

/**
 * A tie read from an article, waiting in the review queue (or decided). {@code existingTieId} is the registry's tie
 * between the same two places when there is one: accepting then updates that tie instead of making a second.
 */
public record Candidate(long id, String source, String domestic, String domesticLevel, Long domesticId,
                        String partner, String partnerCountry, Long partnerId, String kind, String signed,
                        String evidence, int evidenceStart, int evidenceEnd, String status, Long tieId,
                        Long existingTieId, Instant createdAt, Instant decidedAt) {

    public boolean pending() {
        return "pending".equals(status);
    }

    public boolean duplicate() {
        return existingTieId != null && pending();
    }
}
