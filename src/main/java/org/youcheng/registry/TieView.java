package org.youcheng.registry;

/** A tie with both of its places, as lists and pages show it. */
public record TieView(Tie tie, Place domestic, Place partner) {

    /** The side that is not {@code placeId}. */
    public Place other(long placeId) {
        return domestic.id() == placeId ? partner : domestic;
    }
}
