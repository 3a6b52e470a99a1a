package org.youcheng.api;

/** One search hit: the place, where it belongs and how many ties it has. */
record PlaceHitJson(
        long id,
        String code,
        String nameZh,
        String nameEn,
        String pinyin,
        String level,
        CountryJson country,
        ParentJson parent,
        int ties) {}
