package org.youcheng.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.PartialDate;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.Permissions;

/**
 * Reads a tie as written ({@link TieInput}) into a draft, reporting every field that is wrong at once; the API and
 * the pages' forms both read ties through it. Each error carries a code for pages to put into words.
 */
@Component
public class TieInputReader {

    /** Column sizes of the tie table. */
    public static final int MAX_END_REASON = 500;

    public static final int MAX_SOURCE = 1000;
    public static final int MAX_NOTE = 2000;

    private final PlaceRepository places;
    private final PlaceFinder finder;
    private final Permissions permissions;
    private final Clock clock;

    TieInputReader(PlaceRepository places, PlaceFinder finder, Permissions permissions, Clock clock) {
        this.places = places;
        this.finder = finder;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * The draft; errors found before (a missing version, say) are reported together with the input's own. An editor
     * outside the scope of the tie's Chinese side is refused before any of them: what is wrong with a form is told
     * only to whoever may send it.
     */
    public TieDraft read(TieInput r, List<FieldError> errorsSoFar) {
        permissions.requireEditor();
        List<FieldError> errors = new ArrayList<>(errorsSoFar);
        Place domestic = side("domestic", r.domesticId(), r.domestic(), errors);
        Place partner = side("partner", r.partnerId(), r.partner(), errors);
        requireScope(domestic, partner);
        TieKind kind = null;
        if (blank(r.kind())) {
            errors.add(new FieldError("kind", r.kind(), "required: " + TieKind.accepted(), "required"));
        } else {
            kind = TieKind.parse(r.kind()).orElse(null);
            if (kind == null) {
                errors.add(new FieldError("kind", r.kind(), "unknown kind; use " + TieKind.accepted(), "unknown_kind"));
            }
        }
        PartialDate signed = null;
        if (!blank(r.signed())) {
            try {
                signed = PartialDate.parse(r.signed());
                if (TieRules.signedInFuture(signed, LocalDate.now(clock))) {
                    errors.add(new FieldError(
                            "signed",
                            r.signed(),
                            "a signing date in the future: record a tie " + "once it is signed",
                            "signed_in_future"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("signed", r.signed(), e.getMessage(), "bad_partial_date"));
            }
        }
        TieStatus status = TieStatus.ACTIVE;
        if (!blank(r.status())) {
            status = TieStatus.parse(r.status()).orElse(null);
            if (status == null) {
                errors.add(new FieldError(
                        "status", r.status(), "unknown status; use " + TieStatus.accepted(), "unknown_status"));
            }
        }
        LocalDate endedOn = null;
        if (!blank(r.endedOn())) {
            try {
                endedOn = LocalDate.parse(r.endedOn().strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("ended_on", r.endedOn(), "not a date; use yyyy-mm-dd", "bad_date"));
            }
        }
        length("end_reason", r.endReason(), MAX_END_REASON, errors);
        length("source", r.source(), MAX_SOURCE, errors);
        length("note", r.note(), MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TieDraft(
                domestic.id(), partner.id(), kind, signed, status, endedOn, r.endReason(), r.source(), r.note());
    }

    /** The Chinese side the tie would belong to, as the service orients it, when the input names one. */
    private void requireScope(Place domestic, Place partner) {
        if (domestic != null && partner != null && domestic.id() != partner.id()) {
            permissions.requireChange(
                    TieOrientation.orient(domestic.id(), domestic.chinese(), partner.id(), partner.chinese())[0]);
        } else if (domestic != null && domestic.chinese()) {
            permissions.requireChange(domestic.id());
        } else if (partner != null && partner.chinese()) {
            permissions.requireChange(partner.id());
        }
    }

    /** One side, by id or by name; both may be given when they name the same place. */
    private Place side(String field, Long id, String name, List<FieldError> errors) {
        Place byId = null;
        if (id != null) {
            byId = places.find(id).orElse(null);
            if (byId == null) {
                errors.add(new FieldError(field + "_id", id, "no place with this id", "no_such_place"));
                return null;
            }
        }
        if (blank(name)) {
            if (byId == null) {
                errors.add(new FieldError(
                        field,
                        null,
                        "required: give " + field + "_id or " + field
                                + " (a name or a code such as CN-370200 or Q35765)",
                        "required"));
            }
            return byId;
        }
        Place byName;
        try {
            byName = finder.find(name);
        } catch (NotFoundException e) {
            errors.add(new FieldError(field, name, e.getMessage(), "unknown_place"));
            return null;
        }
        if (byId != null && byId.id() != byName.id()) {
            errors.add(new FieldError(
                    field,
                    name,
                    "names another place (id " + byName.id() + ") than " + field + "_id " + id,
                    "place_names_other"));
            return null;
        }
        return byName;
    }

    private static void length(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(
                    field, value.length() + " characters", "longer than " + max + " characters", "too_long"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
