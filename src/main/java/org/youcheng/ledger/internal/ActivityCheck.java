package org.youcheng.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.Partner;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Tie;
import org.youcheng.registry.Ties;
import org.youcheng.security.Permissions;

/** The checks of an activity that need the database, before {@link LedgerService} records or changes it. */
@Component
public record ActivityCheck(Places places, Ties ties, Permissions permissions) {

    static final int MAX_PARTNERS = 50;

    /**
     * Checks what needs the database: the Chinese side is a Chinese place, the tie belongs to it, the foreign side
     * names foreign places that exist. An activity without a tie is put on the tie between its Chinese side and
     * its first foreign place that has one; one without a foreign side takes its tie's partner.
     */
    public ActivityDraft checked(ActivityDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Place place = places.find(d.placeId()).orElse(null);
        if (place == null) {
            errors.add(new FieldError("place_id", d.placeId(), "no place with this id", "no_such_place"));
        } else if (!place.chinese()) {
            errors.add(new FieldError(
                    "place_id",
                    d.placeId(),
                    place.name(false) + " is not a Chinese place: the " + "ledger is kept by the Chinese side",
                    "not_chinese"));
        } else {
            permissions.requireChange(place.id()); // the scope before the fields
        }
        Tie tie = null;
        if (d.tieId() != null) {
            tie = ties.find(d.tieId()).orElse(null);
            if (tie == null) {
                errors.add(new FieldError("tie_id", d.tieId(), "no tie with this id", "no_such_tie"));
            } else if (tie.domesticId() != d.placeId()) {
                errors.add(new FieldError(
                        "tie_id", d.tieId(), "the tie belongs to another Chinese place", "tie_of_other_place"));
            }
        }
        if (d.partners().size() > MAX_PARTNERS) {
            errors.add(new FieldError("partners", d.partners().size(), "at most " + MAX_PARTNERS, "too_many"));
        }
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            String field = "partners[" + i + "]";
            if ((p.placeId() == null)
                    == (p.organisation() == null || p.organisation().isBlank())) {
                errors.add(new FieldError(field, null, "a place_id or an organisation, not both", "bad_partner"));
            } else if (p.placeId() != null) {
                Place f = places.find(p.placeId()).orElse(null);
                if (f == null) {
                    errors.add(
                            new FieldError(field + ".place_id", p.placeId(), "no place with this id", "no_such_place"));
                } else if (f.chinese()) {
                    errors.add(new FieldError(
                            field + ".place_id",
                            p.placeId(),
                            f.name(true) + " is in China: the foreign side is a foreign place or an organisation",
                            "not_foreign"));
                }
            } else if (p.organisation().strip().length() > ActivityReader.MAX_TEXT) {
                errors.add(new FieldError(
                        field + ".organisation",
                        p.organisation(),
                        "longer than " + ActivityReader.MAX_TEXT + " characters",
                        "too_long"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Partner> partners = d.partners().stream()
                .map(p -> p.placeId() != null
                        ? p
                        : Partner.organisation(p.organisation().strip()))
                .toList();
        Long tieId = d.tieId();
        if (tieId == null) {
            tieId = partners.stream()
                    .filter(p -> p.placeId() != null)
                    .map(p -> ties.findByPair(d.placeId(), p.placeId())
                            .map(Tie::id)
                            .orElse(null))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        if (partners.isEmpty() && tie != null) {
            partners = List.of(Partner.place(tie.partnerId()));
        }
        return d.withTie(tieId, partners);
    }
}
