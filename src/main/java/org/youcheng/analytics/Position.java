package org.youcheng.analytics;

/**
 * Where to draw a place on a map.
 *
 * @param from how the position was found: {@link From#OWN} the place's own coordinates, or an approximation
 */
public record Position(double lng, double lat, From from) {

    /** Whence a position comes, best first. */
    public enum From {
        /** the place's own coordinates (Wikidata) */
        OWN,
        /** those of the place it belongs to (a county drawn at its city) */
        PARENT,
        /** those of the place two levels up */
        GRANDPARENT,
        /** the centre of the places under it that have coordinates (a province drawn amid its cities) */
        CHILDREN,
        /** its country's centre */
        COUNTRY;

        public boolean approximate() {
            return this != OWN;
        }
    }
}
