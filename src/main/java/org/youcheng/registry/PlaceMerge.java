package org.youcheng.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.internal.PlaceMendRepository;
import org.youcheng.registry.internal.PlaceMergeRepository;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * Links a place that was created by mistake (the duplicate) to the known place it really is: its ties move to the
 * known place, and where both already had a tie with the same other side the two ties become one (the known
 * place's row kept, with every statement, document, status change and activity of both, the stronger authority,
 * and a recorded kind where the known tie was only a reference); every other row that names the duplicate follows,
 * its names become aliases, and the duplicate goes. One transaction; one audit record for the merge and one for
 * each tie moved, combined or dropped.
 */
@Service
public record PlaceMerge(
        PlaceMergeRepository merges,
        PlaceMendRepository mend,
        PlaceRepository places,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        Transactions tx) {

    /** Strongest last. */
    private static final List<String> AUTHORITY = List.of("reference", "extracted", "recorded");

    /** What merging would move, checked as the merge itself checks it; changes nothing. */
    public MergePlan plan(long duplicateId, Long knownId) {
        return tx.read(() -> {
            Place[] pair = check(duplicateId, knownId);
            return plan(pair[0], pair[1]);
        });
    }

    public MergePlan merge(long duplicateId, Long knownId) {
        return tx.call(() -> {
            Place[] pair = check(duplicateId, knownId);
            Place duplicate = pair[0];
            Place known = pair[1];
            MergePlan plan = plan(duplicate, known);
            Instant now = clock.instant();
            for (TieMove move : plan.ties()) {
                switch (move.outcome()) {
                    case MOVED -> move(move, duplicate, known, now);
                    case COMBINED -> combine(move, now);
                    case DROPPED -> {
                        PlaceMergeRepository.TieRow gone = merges.tie(move.tieId());
                        merges.deleteTie(move.tieId());
                        audit.record(
                                "tie_delete",
                                "tie",
                                move.tieId(),
                                gone,
                                Map.of(
                                        "reason",
                                        "joined " + name(duplicate) + " to " + name(known)
                                                + ", which the merge makes one place"));
                    }
                }
            }
            for (String name : plan.names()) {
                mend.addName(known.id(), name);
            }
            merges.moveReferencesAndDelete(duplicate.id(), known.id());
            mend.touch(known.id(), now);
            Place after = places.find(known.id()).orElseThrow();
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("duplicate", duplicate);
            before.put("known", known);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("known", after);
            result.put("ties", plan.ties());
            result.put("references", plan.references());
            result.put("aliases", plan.names());
            audit.record("place_merge", "place", known.id(), before, result);
            return new MergePlan(duplicate, after, plan.ties(), plan.references(), plan.names());
        });
    }

    private void move(TieMove move, Place duplicate, Place known, Instant now) {
        PlaceMergeRepository.TieRow before = merges.tie(move.tieId());
        Place other = move.other();
        long[] pair = TieOrientation.orient(known.id(), known.chinese(), other.id(), other.chinese());
        merges.moveTie(move.tieId(), pair[0], pair[1], now);
        audit.record("tie_move", "tie", move.tieId(), before, merges.tie(move.tieId()));
    }

    private void combine(TieMove move, Instant now) {
        PlaceMergeRepository.TieRow duplicateTie = merges.tie(move.tieId());
        PlaceMergeRepository.TieRow survivor = merges.tie(move.survivorId());
        merges.combine(duplicateTie.id(), survivor.id());
        String authority = stronger(survivor.authority(), duplicateTie.authority());
        // a reference knows no kind: the office's (or the article's) statement of the same tie says what it is
        boolean takeStatement = survivor.kind() == TieKind.UNVERIFIED
                && duplicateTie.kind() != TieKind.UNVERIFIED
                && rank(duplicateTie.authority()) > rank(survivor.authority());
        PlaceMergeRepository.TieRow from = takeStatement ? duplicateTie : survivor;
        merges.settleSurvivor(
                survivor.id(),
                authority,
                from.kind(),
                from.signed(),
                from.status(),
                from.endedOn(),
                from.endReason(),
                now);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("survivor", survivor);
        before.put("duplicate", duplicateTie);
        audit.record("tie_combine", "tie", survivor.id(), before, merges.tie(survivor.id()));
    }

    private MergePlan plan(Place duplicate, Place known) {
        List<PlaceMergeRepository.TieRow> rows = merges.tiesOf(duplicate.id());
        Map<Long, Place> others = new HashMap<>();
        places.findAll(rows.stream()
                        .map(PlaceMergeRepository.TieRow::otherId)
                        .distinct()
                        .toList())
                .forEach(p -> others.put(p.id(), p));
        // a tie already planned to join the known place with this other side, for a pair written both ways round
        Map<Long, Long> planned = new HashMap<>();
        List<TieMove> moves = new ArrayList<>();
        for (PlaceMergeRepository.TieRow t : rows) {
            Place other = others.get(t.otherId());
            if (t.otherId() == known.id()) {
                moves.add(new TieMove(t.id(), other, TieMove.Outcome.DROPPED, null));
                continue;
            }
            Long survivor = planned.containsKey(t.otherId())
                    ? planned.get(t.otherId())
                    : merges.tieBetween(known.id(), t.otherId()).orElse(null);
            if (survivor == null) {
                moves.add(new TieMove(t.id(), other, TieMove.Outcome.MOVED, t.id()));
                planned.put(t.otherId(), t.id());
            } else {
                moves.add(new TieMove(t.id(), other, TieMove.Outcome.COMBINED, survivor));
            }
        }
        List<String> names = new ArrayList<>();
        for (String n : mend.names(duplicate.id())) {
            names.add(n);
        }
        for (String n : new String[] {duplicate.nameZh(), duplicate.nameEn()}) {
            if (n != null && !names.contains(n)) {
                names.add(n);
            }
        }
        return new MergePlan(duplicate, known, moves, merges.references(duplicate.id()), names);
    }

    /** The two places, after the refusals: a place into itself, across countries, a GB/T 2260 division away. */
    private Place[] check(long duplicateId, Long knownId) {
        Place duplicate = places.find(duplicateId).orElseThrow(() -> NotFoundException.place(duplicateId));
        permissions.requireMend(duplicate.chinese(), duplicate.name(true));
        if (knownId == null) {
            throw new ValidationException(List.of(new FieldError(
                    "into", null, "required: the id of the known place this one really is", "required")));
        }
        Place known = places.find(knownId)
                .orElseThrow(() -> new ValidationException(
                        List.of(new FieldError("into", knownId, "no place with this id", "no_such_place"))));
        List<FieldError> errors = new ArrayList<>();
        if (known.id() == duplicate.id()) {
            errors.add(new FieldError("into", knownId, "a place cannot be merged into itself", "merge_self"));
        } else if (!known.countryCode().equals(duplicate.countryCode())) {
            errors.add(new FieldError(
                    "into",
                    knownId,
                    "the two places are in different countries (" + duplicate.countryCode() + ", " + known.countryCode()
                            + ")",
                    "merge_countries"));
        }
        if (merges.origin(duplicate.id()).filter("gbt2260"::equals).isPresent()) {
            errors.add(new FieldError(
                    "id",
                    duplicateId,
                    name(duplicate) + " is a division of GB/T 2260: " + "merge the other place into it instead",
                    "merge_division"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Place[] {duplicate, known};
    }

    private static String stronger(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String authority) {
        return AUTHORITY.indexOf(authority);
    }

    private static String name(Place p) {
        return p.name(true) + " (" + p.code() + ")";
    }
}
