package org.youcheng.api;

/** The division a place belongs to (a Chinese county's city, a city's province). */
record ParentJson(long id, String code, String nameZh, String nameEn) {}
