package org.youcheng.web;

import org.youcheng.security.Permissions;

/**
 * What the one reading a page may do there, asked of {@link Permissions} (the rule the services apply), so a page
 * shows only the buttons that would succeed: {@code ${may.change(place)}} in a template.
 */
public final class PageRights {

    private final Permissions permissions;

    PageRights(Permissions permissions) {
        this.permissions = permissions;
    }

    /** May change what belongs to this place (its ties, its activities): an admin, or an editor of its scope. */
    public boolean change(Long placeId) {
        return placeId != null && permissions.mayChange(placeId);
    }

    /** May take the province's step for an application of this place: an editor of its province. */
    public boolean reviewProvince(Long placeId) {
        return placeId != null && permissions.mayReviewProvinceOf(placeId);
    }

    /** May take the national association's step. */
    public boolean national() {
        return permissions.actor().admin();
    }
}
