package org.youcheng.registry;

/**
 * A place as a list or a picker shows it beside places of a similar name: what tells them apart (its country and
 * level are in the place; its parent, where it came from, and what it carries).
 *
 * @param origin     gbt2260, wikidata, import, extract or api
 * @param parent     the division it belongs to, or null
 * @param ties       ties on either side
 * @param activities activities of the ledger that name it (as the Chinese side or a foreign partner)
 */
public record PlaceCard(Place place, String origin, Place parent, int ties, int activities) {

    /** A division of GB/T 2260: never merged away. */
    public boolean division() {
        return "gbt2260".equals(origin);
    }
}
