package org.youcheng.registry.reference;

import java.util.LinkedHashSet;
import java.util.Set;
import org.youcheng.registry.Level;

/** A place being assembled from the reference files, before it has a database id. */
final class PlaceRow {
    final String code;
    String nameZh;
    String nameEn;
    String pinyin;
    Level level;
    String country;
    String parentCode;
    Double lat;
    Double lng;
    Long population;
    boolean needsReview;
    /** The GeoNames id of the point merged into the place, if any (Natural Earth and GeoNames share them). */
    String geonameId;

    final String origin;
    final Set<String> aliases = new LinkedHashSet<>();

    PlaceRow(String code, Level level, String country, String origin) {
        this.code = code;
        this.level = level;
        this.country = country;
        this.origin = origin;
    }
}
