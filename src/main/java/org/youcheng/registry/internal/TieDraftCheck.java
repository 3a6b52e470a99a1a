package org.youcheng.registry.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieOrientation;
import org.youcheng.registry.TieRules;
import org.youcheng.registry.TieStatus;
import org.youcheng.security.Permissions;

/**
 * A tie's draft checked before it is saved: both places exist and differ, the one acting may change the Chinese side
 * (asked before the fields, so that an editor outside the scope learns nothing of its mistakes), the dates agree; the
 * Chinese side put first.
 */
@Component
public class TieDraftCheck {

    private final PlaceRepository places;
    private final Clock clock;
    private final Permissions permissions;

    TieDraftCheck(PlaceRepository places, Clock clock, Permissions permissions) {
        this.places = places;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** Checks both places exist and puts the Chinese side first. */
    public TieDraft oriented(TieDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Place domestic = places.find(d.domesticId()).orElse(null);
        Place partner = places.find(d.partnerId()).orElse(null);
        if (domestic == null) {
            errors.add(new FieldError("domestic_id", d.domesticId(), "no place with this id", "no_such_place"));
        }
        if (partner == null) {
            errors.add(new FieldError("partner_id", d.partnerId(), "no place with this id", "no_such_place"));
        }
        if (domestic != null && partner != null && domestic.id() == partner.id()) {
            errors.add(new FieldError("partner_id", d.partnerId(), "a place cannot be tied to itself", "self_tie"));
        } else if (domestic != null && partner != null) {
            // the scope before the fields: an editor outside it learns nothing of its mistakes
            permissions.requireChange(
                    TieOrientation.orient(domestic.id(), domestic.chinese(), partner.id(), partner.chinese())[0]);
        }
        if (d.endedOn() != null && d.status() != TieStatus.ENDED) {
            errors.add(
                    new FieldError("ended_on", d.endedOn(), "only an ended tie has an end date", "end_date_not_ended"));
        }
        if (TieRules.signedInFuture(d.signed(), java.time.LocalDate.now(clock))) {
            errors.add(new FieldError("signed", d.signed(), "a signing date in the future", "signed_in_future"));
        }
        if (d.endedOn() != null
                && d.signed() != null
                && d.endedOn().isBefore(d.signed().firstDay())) {
            errors.add(new FieldError("ended_on", d.endedOn(), "ends before it was signed", "ends_before_signed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long[] pair = TieOrientation.orient(domestic.id(), domestic.chinese(), partner.id(), partner.chinese());
        if (pair[0] == d.domesticId()) {
            return d;
        }
        return new TieDraft(
                pair[0], pair[1], d.kind(), d.signed(), d.status(), d.endedOn(), d.endReason(), d.source(), d.note());
    }
}
