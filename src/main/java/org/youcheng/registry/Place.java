package org.youcheng.registry;

/**
 * A place that can hold ties: a Chinese division (GB/T 2260) or a foreign place.
 * {@code code} is stable across databases: CN-370200, a Wikidata id such as Q8686, or YC-… for places made here.
 */
public record Place(
        long id,
        String code,
        String nameZh,
        String nameEn,
        String pinyin,
        Level level,
        String countryCode,
        Long parentId,
        Double lat,
        Double lng,
        boolean needsReview,
        int version) {

    public boolean chinese() {
        return "CN".equals(countryCode);
    }

    /** The name to show, Chinese first, falling back to whatever the place has. */
    public String name(boolean chinese) {
        if (chinese) {
            return nameZh != null ? nameZh : nameEn;
        }
        if (nameEn != null) {
            return nameEn;
        }
        return pinyin != null ? pinyin : nameZh;
    }
}
