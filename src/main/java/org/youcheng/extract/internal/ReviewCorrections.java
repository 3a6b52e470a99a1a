package org.youcheng.extract.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.PartialDate;
import org.youcheng.common.ValidationException;
import org.youcheng.extract.Candidate;
import org.youcheng.extract.ReviewService;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieKind;

/**
 * A candidate as the reviewer accepts it: what was read, with the reviewer's corrections (a null or blank field keeps
 * what was read) checked — the kind, the date, the Chinese place, the partner (made, flagged unreviewed, when it is
 * new). Every field in error is reported at once.
 */
@Component
public record ReviewCorrections(Places places, Clock clock) {

    /** The fields a tie is made from. */
    public record Corrected(TieKind kind, PartialDate signed, Long domesticId, Long partnerId) {}

    /** The candidate's fields after the edit; a {@link ValidationException} naming every field in error. */
    public Corrected apply(Candidate c, ReviewService.Edit e, PlaceResolver resolver) {
        List<FieldError> errors = new ArrayList<>();
        TieKind kind = TieKind.parse(or(e.kind(), c.kind())).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", e.kind(), "unknown kind; use " + TieKind.accepted(), "unknown_kind"));
        }
        PartialDate signed = null;
        String signedText = or(e.signed(), c.signed());
        if (signedText != null && !signedText.isBlank()) {
            try {
                signed = PartialDate.parse(signedText);
            } catch (IllegalArgumentException ex) {
                errors.add(new FieldError("signed", signedText, ex.getMessage(), "bad_partial_date"));
            }
        }
        Long domesticId = domestic(c, e, resolver, errors);
        Long partnerId = partner(c, e, resolver, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Corrected(kind, signed, domesticId, partnerId);
    }

    private static Long domestic(Candidate c, ReviewService.Edit e, PlaceResolver resolver, List<FieldError> errors) {
        if (e.domestic() == null || e.domestic().isBlank()) {
            if (c.domesticId() == null) {
                errors.add(new FieldError(
                        "domestic", c.domestic(), "not a registry place; give its full name", "unknown_place"));
            }
            return c.domesticId();
        }
        PlaceResolver.Resolution r = resolver.domestic(e.domestic());
        if (!r.ok()) {
            errors.add(new FieldError("domestic", e.domestic(), r.error(), "unknown_place"));
            return null;
        }
        return r.place().id();
    }

    /** The partner's place: as read, or resolved from the edited name and country; made (flagged) when new. */
    private Long partner(Candidate c, ReviewService.Edit e, PlaceResolver resolver, List<FieldError> errors) {
        boolean edited = (e.partner() != null && !e.partner().isBlank())
                || (e.partnerCountry() != null && !e.partnerCountry().isBlank());
        if (!edited && c.partnerId() != null) {
            return c.partnerId();
        }
        String name = or(e.partner(), c.partner());
        String country = or(e.partnerCountry(), c.partnerCountry());
        if (country != null && !country.isBlank() && !resolver.knowsCountry(country)) {
            errors.add(new FieldError("partner_country", country, "unknown country", "unknown_country"));
            return null;
        }
        PlaceResolver.Resolution r = resolver.partner(name, country);
        if (!r.ok()) {
            errors.add(
                    new FieldError(country == null ? "partner_country" : "partner", name, r.error(), "unknown_place"));
            return null;
        }
        if ("CN".equals(r.country())) {
            errors.add(new FieldError(
                    "partner", name, "a Chinese place; a tie joins a Chinese and a foreign place", "partner_in_china"));
            return null;
        }
        if (r.place() != null) {
            return r.place().id();
        }
        return places.insertUnreviewed(r.newName(), r.newLevel(), r.country(), "extract", clock.instant());
    }

    private static String or(String edited, String read) {
        return edited != null && !edited.isBlank() ? edited.strip() : read;
    }
}
