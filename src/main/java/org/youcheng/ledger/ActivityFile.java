package org.youcheng.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A file attached to an activity (a signed agreement, a photo, a programme), known by its content hash. Addresses
 * name it by {@code key}, 128 random bits; the row number {@code id} stays inside (docs/security.md, Attachments).
 */
public record ActivityFile(
        @JsonIgnore long id,
        String key,
        long activityId,
        String fileName,
        String contentType,
        String sha256,
        long size,
        Instant createdAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
