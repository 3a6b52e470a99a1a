package org.youcheng.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.network.internal.PartnerRequestRepository;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Level;
import org.youcheng.registry.Places;
import org.youcheng.registry.Region;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/** Publishes, lists and withdraws partner-search requests; every field is checked and a bad one named. */
@Service
public record PartnerRequestService(
        PartnerRequestRepository repository,
        PartnerMatching matching,
        Places places,
        Countries countries,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        Transactions tx) {

    static final int MAX_TEXT = 4000;

    /** A request as a caller writes it: codes or words, to be checked. */
    public record Draft(
            Long placeId,
            List<String> countries,
            List<String> regions,
            String level,
            Long populationMin,
            Long populationMax,
            List<String> themes,
            String text) {}

    /** Publishes a request for a place the one acting may change (an editor's scope; any place for an admin). */
    public PartnerRequest create(Draft d) {
        return tx.call(() -> {
            permissions.requireEditor();
            List<FieldError> errors = new ArrayList<>();
            if (d.placeId() == null) {
                errors.add(new FieldError("place_id", null, "required: the place that seeks a partner"));
            } else if (places.find(d.placeId()).isEmpty()) {
                errors.add(new FieldError("place_id", d.placeId(), "no such place"));
            } else {
                permissions.requireChange(d.placeId()); // the scope before the fields
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String c : nonNull(d.countries())) {
                String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
                if (countries.get(code) == null) {
                    errors.add(new FieldError("countries", c, "not an ISO 3166-1 country code"));
                } else {
                    codes.add(code);
                }
            }
            Set<Region> regions = new LinkedHashSet<>();
            for (String r : nonNull(d.regions())) {
                try {
                    regions.add(Region.fromCode(r.strip()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(new FieldError(
                            "regions",
                            r,
                            "not a strategy region; use one of "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(Region.values())
                                                    .map(Region::code)
                                                    .toList())));
                }
            }
            Level level = null;
            if (d.level() != null && !d.level().isBlank()) {
                try {
                    level = Level.fromCode(d.level().strip());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(
                            "level", d.level(), "use province, prefecture, city, county, district or town"));
                }
            }
            if (d.populationMin() != null && d.populationMin() < 0) {
                errors.add(new FieldError("population_min", d.populationMin(), "must not be negative"));
            }
            if (d.populationMax() != null && d.populationMax() < 0) {
                errors.add(new FieldError("population_max", d.populationMax(), "must not be negative"));
            }
            if (d.populationMin() != null && d.populationMax() != null && d.populationMin() > d.populationMax()) {
                errors.add(new FieldError("population_max", d.populationMax(), "is below population_min"));
            }
            Set<Theme> themes = Theme.parseAll(d.themes(), errors);
            String text =
                    d.text() == null || d.text().isBlank() ? null : d.text().strip();
            if (text != null && text.length() > MAX_TEXT) {
                errors.add(new FieldError("text", text.length() + " characters", "is longer than " + MAX_TEXT));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            permissions.requireChange(d.placeId());
            PartnerRequest r = new PartnerRequest(
                    null,
                    d.placeId(),
                    codes,
                    regions,
                    level,
                    d.populationMin(),
                    d.populationMax(),
                    themes,
                    text,
                    clock.instant());
            PartnerRequest stored = get(repository.insert(r));
            audit.record("partner_request_create", "partner_request", stored.id(), null, stored);
            return stored;
        });
    }

    public PartnerRequest get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("no partner request with id " + id));
    }

    /** Every request, newest first, or those of one place. */
    public List<PartnerRequest> list(Long placeId) {
        return placeId == null ? repository.all() : repository.ofPlace(placeId);
    }

    /** The place's newest request, or an open one when it has none. */
    public PartnerRequest latestOrOpen(long placeId) {
        return repository.ofPlace(placeId).stream().findFirst().orElse(PartnerRequest.open(placeId));
    }

    /** The places that best answer a request ({@link PartnerMatching}), at most {@code limit} of them. */
    public PartnerMatching.Result candidates(PartnerRequest request, int limit) {
        return matching.candidates(request, limit);
    }

    public void delete(long id) {
        tx.run(() -> {
            PartnerRequest r = get(id);
            permissions.requireChange(r.placeId());
            if (!repository.delete(id)) {
                throw new NotFoundException("no partner request with id " + id);
            }
            audit.record("partner_request_delete", "partner_request", id, r, null);
        });
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
