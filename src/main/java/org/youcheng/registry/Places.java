package org.youcheng.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.youcheng.common.NotFoundException;
import org.youcheng.registry.internal.GazetteerRepository;
import org.youcheng.registry.internal.PlaceRepository;

/**
 * The registry's places as the other features read them: by id or code, a place with everything under it, and a
 * place that an import or the review queue creates for a person to check, and the whole gazetteer at once. The table itself is the registry's own
 * ({@code registry/internal}).
 */
@Component
public class Places {

    /** The columns {@link #map} reads, for a feature that joins places in its own query ({@code p} is the place). */
    public static final String COLUMNS = PlaceRepository.COLUMNS;

    private final PlaceRepository places;
    private final GazetteerRepository gazetteers;

    Places(PlaceRepository places, GazetteerRepository gazetteers) {
        this.places = places;
        this.gazetteers = gazetteers;
    }

    public Optional<Place> find(long id) {
        return places.find(id);
    }

    /** The place of this id, or {@link NotFoundException#place}. */
    public Place get(long id) {
        return places.find(id).orElseThrow(() -> NotFoundException.place(id));
    }

    /** The places of these ids that exist, in no particular order. */
    public List<Place> findAll(Collection<Long> ids) {
        return places.findAll(ids);
    }

    public Optional<Place> findByCode(String code) {
        return places.findByCode(code);
    }

    /** The place and every place under it (a city's counties and districts). */
    public List<Long> subtree(long id) {
        return places.subtree(id);
    }

    /**
     * Creates a place that no reference data knew, under a new YC- code and flagged for review (a partner named in an
     * imported table or an accepted article); returns its id.
     */
    public long insertUnreviewed(String name, Level level, String country, String origin, Instant now) {
        return places.insertUnreviewed(name, level, country, origin, now);
    }

    /** A place to create flagged for review: its name as written, its level and country. */
    public record Unreviewed(String name, Level level, String country) {}

    /** Creates these places as {@link #insertUnreviewed(String, Level, String, String, Instant)} does, together; their ids in order. */
    public long[] insertUnreviewed(List<Unreviewed> made, String origin, Instant now) {
        return places.insertUnreviewed(made, origin, now);
    }

    /**
     * Every place with its names, ties and the country aliases, read at once: what resolving the names of a whole
     * file or article against needs.
     */
    public Gazetteer gazetteer() {
        return gazetteers.load();
    }

    /** A place from a row holding {@link #COLUMNS}. */
    public static Place map(ResultSet rs, int n) throws SQLException {
        return PlaceRepository.map(rs, n);
    }
}
