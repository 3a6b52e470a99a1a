package org.youcheng.api;

/**
 * A place as the API shows it next to other data: names, level and country.
 *
 * @param level province, prefecture, county, district, city or town
 */
record PlaceJson(
        long id, String code, String nameZh, String nameEn, String pinyin, String level, CountryJson country) {}
