package org.youcheng.ledger;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * A stored activity: its content, the Chinese side and the foreign side by name, its files, and its version for
 * optimistic writes.
 */
public record Activity(
        long id,
        @JsonUnwrapped ActivityDraft draft,
        Side place,
        List<Side> foreignSide,
        List<ActivityFile> files,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * A place or an organisation as shown.
     *
     * @param placeId null for an organisation
     */
    public record Side(Long placeId, String code, String nameZh, String nameEn, String countryCode) {

        public String name(boolean chinese) {
            if (chinese) {
                return nameZh != null ? nameZh : nameEn;
            }
            return nameEn != null ? nameEn : nameZh;
        }
    }

    public ActivityType type() {
        return draft.type();
    }
}
