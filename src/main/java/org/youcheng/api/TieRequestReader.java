package org.youcheng.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.PartialDate;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;

/** Reads a tie request into a draft, reporting every field that is wrong at once. */
@Component
class TieRequestReader {

    /** Column sizes of the tie table. */
    private static final int MAX_END_REASON = 500;
    private static final int MAX_SOURCE = 1000;
    private static final int MAX_NOTE = 2000;

    private final PlaceRepository places;
    private final PlaceFinder finder;

    TieRequestReader(PlaceRepository places, PlaceFinder finder) {
        this.places = places;
        this.finder = finder;
    }

    /** A create: no version. */
    TieDraft create(TieRequest r) {
        return read(r, new ArrayList<>());
    }

    /** A change: the draft and the version it is based on. */
    record Change(TieDraft draft, int version) {
    }

    Change change(TieRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.version() == null) {
            errors.add(new FieldError("version", null, "required: the version of the tie this change is based on"));
        } else if (r.version() < 0) {
            errors.add(new FieldError("version", r.version(), "must be 0 or more"));
        }
        TieDraft draft = read(r, errors);
        return new Change(draft, r.version());
    }

    private TieDraft read(TieRequest r, List<FieldError> errors) {
        Place domestic = side("domestic", r.domesticId(), r.domestic(), errors);
        Place partner = side("partner", r.partnerId(), r.partner(), errors);
        TieKind kind = null;
        if (blank(r.kind())) {
            errors.add(new FieldError("kind", r.kind(), "required: " + TieKind.accepted()));
        } else {
            kind = TieKind.parse(r.kind()).orElse(null);
            if (kind == null) {
                errors.add(new FieldError("kind", r.kind(), "unknown kind; use " + TieKind.accepted()));
            }
        }
        PartialDate signed = null;
        if (!blank(r.signed())) {
            try {
                signed = PartialDate.parse(r.signed());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("signed", r.signed(), e.getMessage()));
            }
        }
        TieStatus status = TieStatus.ACTIVE;
        if (!blank(r.status())) {
            status = TieStatus.parse(r.status()).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", r.status(), "unknown status; use " + TieStatus.accepted()));
            }
        }
        LocalDate endedOn = null;
        if (!blank(r.endedOn())) {
            try {
                endedOn = LocalDate.parse(r.endedOn().strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("ended_on", r.endedOn(), "not a date; use yyyy-mm-dd"));
            }
        }
        length("end_reason", r.endReason(), MAX_END_REASON, errors);
        length("source", r.source(), MAX_SOURCE, errors);
        length("note", r.note(), MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TieDraft(domestic.id(), partner.id(), kind, signed, status, endedOn, r.endReason(), r.source(),
                r.note());
    }

    /** One side, by id or by name; both may be given when they name the same place. */
    private Place side(String field, Long id, String name, List<FieldError> errors) {
        Place byId = null;
        if (id != null) {
            byId = places.find(id).orElse(null);
            if (byId == null) {
                errors.add(new FieldError(field + "_id", id, "no place with this id"));
                return null;
            }
        }
        if (blank(name)) {
            if (byId == null) {
                errors.add(new FieldError(field, null, "required: give " + field + "_id or " + field
                        + " (a name or a code such as CN-370200 or Q35765)"));
            }
            return byId;
        }
        Place byName;
        try {
            byName = finder.find(name);
        } catch (NotFoundException e) {
            errors.add(new FieldError(field, name, e.getMessage()));
            return null;
        }
        if (byId != null && byId.id() != byName.id()) {
            errors.add(new FieldError(field, name, "names another place (id " + byName.id() + ") than " + field
                    + "_id " + id));
            return null;
        }
        return byName;
    }

    private static void length(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, value.length() + " characters", "longer than " + max + " characters"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
