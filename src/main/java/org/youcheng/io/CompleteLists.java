package org.youcheng.io;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.Places;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;
import org.youcheng.security.AuditTrail;

/** A tie import given as a place's complete official list ({@link CompleteList}): the place, and what follows. */
@Component
class CompleteLists {

    private final Places places;
    private final Ties ties;
    private final AuditTrail audit;
    private final Clock clock;

    CompleteLists(Places places, Ties ties, AuditTrail audit, Clock clock) {
        this.places = places;
        this.ties = ties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The complete list of a Chinese place named as people write it (or by its id or GB/T 2260 code), with its
     * counties and districts when asked; an unknown or ambiguous name is refused with the candidates.
     */
    CompleteList of(String place, boolean withSubordinates, LocalDate endMissing) {
        String text = place == null ? "" : place.strip();
        Place found = null;
        if (text.matches("\\d{1,12}")) {
            found = places.find(Long.parseLong(text)).filter(p -> p.chinese()).orElse(null);
        }
        if (found == null) {
            found = places.findByCode(text.matches("\\d{6}") ? "CN-" + text : text)
                    .orElse(null);
        }
        if (found == null) {
            var r = new PlaceResolver(places.gazetteer()).domestic(text);
            if (!r.ok()) {
                throw new ValidationException(
                        List.of(new FieldError("complete_for", place, r.error(), "unknown_place")));
            }
            found = places.find(r.place().id()).orElseThrow();
        }
        Set<Long> scope = withSubordinates ? new HashSet<>(places.subtree(found.id())) : Set.of(found.id());
        return new CompleteList(found.id(), found.name(true), withSubordinates, endMissing, scope);
    }

    /** What a complete list does to the ties of its places that it does not name (see {@link CompleteList}). */
    CompleteList.Outcome apply(CompleteList list, ImportCheck check, String fileName, boolean dryRun, Instant now) {
        List<String> setAside = new ArrayList<>();
        List<String> notOnList = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (TieView v : ties.viewsOf(list.scope())) {
            Tie t = v.tie();
            if (!list.scope().contains(t.domesticId())
                    || check.names(t.domesticId(), t.partnerId())
                    || t.status() == TieStatus.ENDED
                    || !t.counted()) {
                continue;
            }
            String label = label(v);
            String reason = "not on the official list of " + list.placeName() + " (" + fileName + ")";
            if (t.authority() == Provenance.REFERENCE) {
                setAside.add(label);
                if (!dryRun) {
                    ties.setAside(t.id(), today, reason, now);
                    audit.record(
                            "tie_set_aside", "tie", t.id(), t, ties.find(t.id()).orElseThrow());
                }
            } else if (list.endMissing() != null) {
                ended.add(label);
                if (!dryRun) {
                    ties.end(t, list.endMissing(), reason, now);
                    audit.record(
                            "tie_update", "tie", t.id(), t, ties.find(t.id()).orElseThrow());
                }
            } else {
                notOnList.add(label);
            }
        }
        return new CompleteList.Outcome(
                list.placeName(),
                list.withSubordinates(),
                check.pairs(),
                List.copyOf(setAside),
                List.copyOf(notOnList),
                List.copyOf(ended),
                list.endMissing());
    }

    private static String label(TieView v) {
        Place p = v.partner();
        String english = p.nameZh() != null && p.nameEn() != null ? p.nameEn() + ", " : "";
        return v.domestic().name(true) + " – " + p.name(true) + " (" + english + p.countryCode() + "), "
                + v.tie().kind().code() + ", " + v.tie().authority().code();
    }
}
