package org.youcheng.network.internal;

import org.youcheng.registry.Place;

/** Distances on the Earth's surface. */
public final class Geo {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {}

    public static boolean placed(Place p) {
        return p.lat() != null && p.lng() != null;
    }

    /** Great-circle distance by the haversine formula, in km. */
    public static double km(Place a, Place b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lng() - a.lng());
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
