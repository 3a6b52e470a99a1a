package org.youcheng.ledger;

/** The foreign side of an activity: a place of the registry, or an organisation by name (exactly one). */
public record Partner(Long placeId, String organisation) {

    public static Partner place(long id) {
        return new Partner(id, null);
    }

    public static Partner organisation(String name) {
        return new Partner(null, name);
    }
}
