package org.youcheng.api;

/** A country by its ISO 3166-1 code and names. */
record CountryJson(String code, String nameZh, String nameEn) {}
