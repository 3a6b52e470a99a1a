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
     * @param code    its code (CN-370200, Q8686, YC-…)
     * @param twin    another hit has a name that looks the same (京都 and 京都市, four 托莱多): the hit then shows
     *                what tells it apart (parent, code, ties), and a form's field takes its code, not its name
     */
    public record Hit(
            long id,
            String name,
            String altName,
            String level,
            String country,
            PlaceLink parent,
            int ties,
            String code,
            boolean twin) {

        /** What a place field of a form gets when this hit is picked: a name that says which place it is. */
        public String pick() {
            return twin ? code : name;
        }
    }
}
