package org.youcheng.registry;

import java.util.List;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.registry.internal.PlaceRepository;

/** Finds the one place a person means by a name typed on the command line or in a URL. */
@Service
public class PlaceFinder {

    private final PlaceRepository places;
    private final PlaceSearch search;

    PlaceFinder(PlaceRepository places, PlaceSearch search) {
        this.places = places;
        this.search = search;
    }

    /**
     * A code (CN-370200, Q8686) or an id picks that place; otherwise the best exact match of the name, Chinese
     * places first. A name that matches nothing exactly is not guessed at.
     */
    public Place find(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d+")) {
            long id = Long.parseLong(t);
            return places.find(id).orElseThrow(() -> NotFoundException.place(id));
        }
        var byCode = places.findByCode(t.toUpperCase(java.util.Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode.get();
        }
        List<PlaceSearch.Hit> hits = search.search(t, 20);
        String full = Names.full(t);
        return hits.stream()
                .filter(h -> Names.key(h.place().name(true)).equals(Names.key(t))
                        || (h.place().nameEn() != null
                                && Names.key(h.place().nameEn()).equals(Names.key(t)))
                        || (h.place().pinyin() != null
                                && Names.key(h.place().pinyin()).equals(Names.key(t))))
                .sorted(java.util.Comparator.comparing(
                                (PlaceSearch.Hit h) -> !h.place().chinese())
                        .thenComparing(h -> !Names.full(h.place().name(true)).equals(full))
                        .thenComparing(h -> -h.ties()))
                .map(PlaceSearch.Hit::place)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no place named '" + t + "'"
                        + (hits.isEmpty()
                                ? ""
                                : "; did you mean " + hits.get(0).place().name(true) + "?")));
    }
}
