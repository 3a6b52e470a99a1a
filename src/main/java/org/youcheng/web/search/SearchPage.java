package org.youcheng.web.search;

import java.util.List;
import org.youcheng.web.PlaceLink;

/**
 * What a search shows: the text searched for (blank before a search) and the places it found.
 *
 * @param q    the search text as typed, or ""
 * @param hits the places found, best first
 */
public record SearchPage(String q, List<Hit> hits) {

    public boolean searched() {
        return !q.isBlank();
    }

    /**
     * One place found.
     *
     * @param name    the name in the page's language
     * @param altName the name in the other script, or null when there is none or it says the same
     * @param parent  the place it belongs to, or null
     */
    public record Hit(long id, String name, String altName, String level, String country, PlaceLink parent,
                      int ties) {
    }
}
