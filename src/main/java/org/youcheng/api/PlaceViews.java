package org.youcheng.api;

import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Country;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceSearch;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;

/** Turns registry places into the API's JSON shapes. */
@Component
record PlaceViews(Places places, PlaceSearch search, Ties ties, Countries countries) {

    List<PlaceHitJson> search(String q, int limit) {
        return search.search(q, limit).stream()
                .map(h -> {
                    Place p = h.place();
                    return new PlaceHitJson(
                            p.id(),
                            p.code(),
                            p.nameZh(),
                            p.nameEn(),
                            p.pinyin(),
                            p.level().code(),
                            country(p.countryCode()),
                            parent(p),
                            h.ties());
                })
                .toList();
    }

    PlaceDetailJson detail(long id) {
        Place p = places.get(id);
        List<PlaceDetailJson.PlaceTieJson> own =
                ties.ofPlace(id).stream().map(v -> tieOf(v, id)).toList();
        return new PlaceDetailJson(
                p.id(),
                p.code(),
                p.nameZh(),
                p.nameEn(),
                p.pinyin(),
                p.level().code(),
                p.lat(),
                p.lng(),
                p.needsReview(),
                p.version(),
                country(p.countryCode()),
                parent(p),
                own);
    }

    PlaceJson place(Place p) {
        return new PlaceJson(
                p.id(), p.code(), p.nameZh(), p.nameEn(), p.pinyin(), p.level().code(), country(p.countryCode()));
    }

    PlaceCardJson card(org.youcheng.registry.PlaceCard c) {
        Place p = c.place();
        Place parent = c.parent();
        return new PlaceCardJson(
                p.id(),
                p.code(),
                p.nameZh(),
                p.nameEn(),
                p.level().code(),
                country(p.countryCode()),
                parent == null ? null : new ParentJson(parent.id(), parent.code(), parent.nameZh(), parent.nameEn()),
                c.origin(),
                p.needsReview(),
                p.version(),
                c.ties(),
                c.activities());
    }

    private PlaceDetailJson.PlaceTieJson tieOf(TieView v, long placeId) {
        var t = v.tie();
        return new PlaceDetailJson.PlaceTieJson(
                t.id(),
                t.kind().code(),
                t.signed() == null ? null : t.signed().toString(),
                t.signed() == null ? null : t.signed().precision().name().toLowerCase(java.util.Locale.ROOT),
                t.status().code(),
                t.endedOn(),
                t.endReason(),
                t.source(),
                t.note(),
                t.version(),
                place(v.other(placeId)),
                t.origin().code(),
                t.authority().code(),
                t.setAsideOn(),
                t.setAsideReason());
    }

    private ParentJson parent(Place p) {
        if (p.parentId() == null) {
            return null;
        }
        return places.find(p.parentId())
                .map(parent -> new ParentJson(parent.id(), parent.code(), parent.nameZh(), parent.nameEn()))
                .orElse(null);
    }

    private CountryJson country(String code) {
        Country c = countries.get(code);
        return c == null ? new CountryJson(code, null, null) : new CountryJson(c.code(), c.nameZh(), c.nameEn());
    }
}
