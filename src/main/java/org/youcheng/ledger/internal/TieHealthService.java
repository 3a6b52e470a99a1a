package org.youcheng.ledger.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.youcheng.common.Transactions;
import org.youcheng.common.YouchengProperties;
import org.youcheng.ledger.Dormancy;
import org.youcheng.ledger.TieHealth;
import org.youcheng.registry.Places;

/** The health of ties (see {@link TieHealth}), derived from the ledger when asked. */
@Service
public record TieHealthService(
        LedgerFiguresRepository figures, Places places, Clock clock, YouchengProperties properties, Transactions tx) {

    public int dormantAfterYears() {
        return properties.ledger().dormantAfterYears();
    }

    /**
     * The health of every live tie of a place (and of the places under it, when asked), in tie order, judged today.
     * A tie only the reference network states (kind unverified) or one an official list set aside has none:
     * dormancy is a judgement on a tie the office holds.
     */
    public List<TieHealth> ofPlace(long placeId, boolean includeSubordinates) {
        return tx.read(() -> fold(figures.tieYearsOfPlaces(scope(placeId, includeSubordinates)), LocalDate.now(clock)));
    }

    /** The dormant ties of a place today ({@link #dormancy(long, boolean, LocalDate)}). */
    public Dormancy dormancy(long placeId, boolean includeSubordinates) {
        return tx.read(() -> dormancy(placeId, includeSubordinates, LocalDate.now(clock)));
    }

    /**
     * The dormant ties of a place at the end of a day (a year report judges at the end of its year), or, when the
     * place has recorded no exchange at all by then, none: without a ledger nothing can be called dormant.
     */
    public Dormancy dormancy(long placeId, boolean includeSubordinates, LocalDate asOf) {
        return tx.read(() -> {
            List<Long> scope = scope(placeId, includeSubordinates);
            if (!figures.anyActivity(scope, asOf)) {
                return new Dormancy(false, dormantAfterYears(), asOf, List.of());
            }
            return new Dormancy(
                    true,
                    dormantAfterYears(),
                    asOf,
                    fold(figures.tieYearsOfPlaces(scope), asOf).stream()
                            .filter(TieHealth::dormant)
                            .toList());
        });
    }

    /** The health of one tie; empty when the tie has ended or does not exist. */
    public java.util.Optional<TieHealth> ofTie(long tieId) {
        return tx.read(() ->
                fold(figures.tieYears(tieId), LocalDate.now(clock)).stream().findFirst());
    }

    private List<Long> scope(long placeId, boolean includeSubordinates) {
        return includeSubordinates ? places.subtree(placeId) : List.of(placeId);
    }

    /**
     * Dormant at a day: a tie (not an intent, which is not a tie yet) that was signed before the day and has had
     * neither an activity nor its signing in the {@code dormantAfterYears} years up to it. Activities after the
     * day do not count; a tie signed after it is not judged.
     */
    private List<TieHealth> fold(List<LedgerFiguresRepository.TieYear> rows, LocalDate asOf) {
        LocalDate cutoff = asOf.minusYears(dormantAfterYears());
        Map<Long, List<LedgerFiguresRepository.TieYear>> byTie = new LinkedHashMap<>();
        rows.forEach(
                r -> byTie.computeIfAbsent(r.tieId(), k -> new ArrayList<>()).add(r));
        List<TieHealth> out = new ArrayList<>(byTie.size());
        for (var years : byTie.values()) {
            var first = years.get(0);
            if (first.signedOn() != null && first.signedOn().isAfter(asOf)) {
                continue;
            }
            Map<Integer, Integer> perYear = new TreeMap<>();
            LocalDate last = null;
            boolean substantive = false;
            int total = 0;
            for (var y : years) {
                if (y.year() == null || y.year() > asOf.getYear()) {
                    continue;
                }
                perYear.put(y.year(), y.count());
                total += y.count();
                substantive |= y.substantive();
                if (last == null || y.last().isAfter(last)) {
                    last = y.last();
                }
            }
            LocalDate lastSign = last == null
                    ? first.signedOn()
                    : first.signedOn() == null || last.isAfter(first.signedOn()) ? last : first.signedOn();
            boolean dormant = !first.intent() && (lastSign == null || lastSign.isBefore(cutoff));
            out.add(new TieHealth(
                    first.tieId(),
                    first.domesticId(),
                    first.partner(),
                    first.signedOn(),
                    last,
                    total,
                    perYear,
                    substantive,
                    dormant));
        }
        return out;
    }
}
