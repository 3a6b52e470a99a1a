package org.youcheng.ledger;

import java.time.Instant;

/** A file attached to an activity (a signed agreement, a photo, a programme), known by its content hash. */
public record ActivityFile(long id, long activityId, String fileName, String contentType, String sha256, long size,
                           Instant createdAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
