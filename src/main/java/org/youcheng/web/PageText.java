package org.youcheng.web;

import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Country;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;

/**
 * Registry values in the page's language: names of places and countries, levels, dates. Pages in every feature
 * write them the same way through this one class.
 */
@Component
public class PageText {

    private final Countries countries;
    private final Places places;

    PageText(Countries countries, Places places) {
        this.countries = countries;
        this.places = places;
    }

    public PlaceLink link(Place p, boolean zh) {
        return new PlaceLink(p.id(), p.name(zh));
    }

    /** The name in the other script, when it adds something (English or pinyin on a Chinese page, Chinese on an
     *  English one). */
    public String altName(Place p, boolean zh) {
        String alt = zh ? (p.nameEn() != null ? p.nameEn() : p.pinyin()) : p.nameZh();
        return alt == null || alt.isBlank() || Objects.equals(alt, p.name(zh)) ? null : alt;
    }

    public String level(Place p, boolean zh) {
        return p.level().label(zh);
    }

    public String country(String code, boolean zh) {
        Country c = countries.get(code);
        if (c == null) {
            return code;
        }
        String name = c.name(zh);
        return name != null ? name : c.name(!zh);
    }

    public Country countryOf(Place p) {
        return countries.get(p.countryCode());
    }

    /** The place a place belongs to, looked up once per page through {@code known}. */
    public PlaceLink parent(Place p, boolean zh, Map<Long, PlaceLink> known) {
        if (p.parentId() == null) {
            return null;
        }
        return known.computeIfAbsent(
                p.parentId(),
                pid -> places.find(pid)
                        .map(parent -> new PlaceLink(parent.id(), parent.name(zh)))
                        .orElse(null));
    }

    /** 1974年2月 in Chinese, 1974-02 in English, at the precision the date is known to; null when unknown. */
    public static String date(PartialDate d, boolean zh) {
        if (d == null) {
            return null;
        }
        return zh ? d.toChinese() : d.toString();
    }
}
