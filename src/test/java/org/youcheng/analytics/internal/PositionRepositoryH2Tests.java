package org.youcheng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.analytics.Position;
import org.youcheng.registry.Level;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.OnH2;

/** Where places are drawn: their own coordinates, else their parent's, else the centre of their own places. */
@OnH2
class PositionRepositoryH2Tests {

    @Autowired
    PositionRepository positions;

    @Autowired
    PlaceRepository places;

    @Autowired
    JdbcClient db;

    long place(String name, Long parent, Double lng, Double lat) {
        long id = places.insert(
                "T-" + UUID.randomUUID().toString().substring(0, 12),
                null,
                name,
                Level.CITY,
                "FR",
                parent,
                false,
                "test",
                Instant.now(),
                List.of(name));
        db.sql("update place set lat = :lat, lng = :lng where id = :id")
                .param("lat", lat)
                .param("lng", lng)
                .param("id", id)
                .update();
        return id;
    }

    @Test
    void aPlaceWithoutCoordinatesIsDrawnAtItsParentOrAmidItsOwnPlaces() {
        long region = place("Région sans centre", null, null, null);
        long a = place("Ville A", region, 2.0, 40.0);
        long b = place("Ville B", region, 4.0, 50.0);
        long quarter = place("Quartier de A", a, null, null);
        Map<Long, Position> drawn = positions.of(List.of(region, a, quarter));
        assertThat(drawn.get(a)).isEqualTo(new Position(2.0, 40.0, Position.From.OWN));
        assertThat(drawn.get(quarter)).isEqualTo(new Position(2.0, 40.0, Position.From.PARENT));
        assertThat(drawn.get(region)).isEqualTo(new Position(3.0, 45.0, Position.From.CHILDREN));
        assertThat(positions.of(List.of(b))).containsOnlyKeys(b);
    }
}
