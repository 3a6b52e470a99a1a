package org.youcheng.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.network.internal.PlaceAttributeRepository;
import org.youcheng.registry.Places;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/** Reads and records a place's attributes: checked values, a source for every figure, optimistic versions. */
@Service
public record PlaceAttributeService(
        PlaceAttributeRepository repository,
        Places places,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        Transactions tx) {

    /** What a caller sends: themes as codes or words; {@code version} the one it read (0 for none yet). */
    public record Change(
            Long population, Integer populationYear, Double areaKm2, List<String> themes, String source, int version) {}

    public PlaceAttributes of(long placeId) {
        places.get(placeId);
        return repository.find(placeId).orElse(PlaceAttributes.none(placeId));
    }

    public PlaceAttributes change(long placeId, Change c) {
        return tx.call(() -> {
            PlaceAttributes current = of(placeId);
            permissions.requireChange(placeId);
            List<FieldError> errors = new ArrayList<>();
            if (c.population() != null && c.population() <= 0) {
                errors.add(new FieldError("population", c.population(), "must be a positive number of people"));
            }
            if (c.populationYear() != null && (c.populationYear() < 1800 || c.populationYear() > 2999)) {
                errors.add(new FieldError("population_year", c.populationYear(), "must be a year from 1800"));
            }
            if (c.populationYear() != null && c.population() == null) {
                errors.add(
                        new FieldError("population_year", c.populationYear(), "is the year of a population: give one"));
            }
            // 1e309 reads as Infinity: a finite number is asked for in so many words
            if (c.areaKm2() != null && !(Double.isFinite(c.areaKm2()) && c.areaKm2() > 0)) {
                errors.add(new FieldError("area_km2", c.areaKm2(), "must be a finite positive area in km²"));
            }
            Set<Theme> themes = Theme.parseAll(c.themes(), errors);
            String source = c.source() == null || c.source().isBlank()
                    ? null
                    : c.source().strip();
            if ((c.population() != null || c.areaKm2() != null) && source == null) {
                errors.add(new FieldError("source", null, "say where the figures come from"));
            }
            if (source != null && source.length() > 1000) {
                errors.add(new FieldError("source", source.length() + " characters", "is longer than 1000 characters"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (c.version() != current.version()) {
                throw new ConflictException(
                        "the attributes of place " + placeId + " changed (version " + current.version() + ", yours "
                                + c.version() + ")",
                        current);
            }
            PlaceAttributes next = new PlaceAttributes(
                    placeId, c.population(), c.populationYear(), c.areaKm2(), themes, source, current.version(), null);
            if (!repository.save(next, clock.instant())) {
                throw new ConflictException(
                        "the attributes of place " + placeId + " changed meanwhile",
                        repository.find(placeId).orElse(null));
            }
            PlaceAttributes saved = repository.find(placeId).orElseThrow();
            audit.record("place_attributes", "place", placeId, current, saved);
            return saved;
        });
    }
}
