package org.youcheng.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.youcheng.common.FieldError;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.AgreementType;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.EventKind;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.ProjectDomain;
import org.youcheng.ledger.ProjectStatus;
import org.youcheng.registry.Places;

/** A place's figures for a period (see {@link ActivityFigures}): two queries, folded here. */
@Service
public record FiguresService(LedgerFiguresRepository figures, Places places, Transactions tx) {

    /**
     * @param from first day counted (inclusive)
     * @param to   last day counted (inclusive)
     */
    public ActivityFigures figures(long placeId, LocalDate from, LocalDate to, boolean includeSubordinates) {
        return tx.read(() -> {
            places.get(placeId);
            if (from.isAfter(to)) {
                throw new ValidationException(List.of(new FieldError(
                        "to", to, "the period ends before it starts (" + from + ")", "ends_before_start")));
            }
            List<Long> ids = includeSubordinates ? places.subtree(placeId) : List.of(placeId);

            int activities = 0;
            Map<Direction, Map<LeaderLevel, int[]>> delegations = new EnumMap<>(Direction.class);
            for (Direction d : Direction.values()) {
                delegations.put(d, zeros(LeaderLevel.class, () -> new int[2]));
            }
            Map<EventKind, Integer> eventsByKind = zeros(EventKind.class, () -> 0);
            Map<EventKind, Integer> onlineByKind = zeros(EventKind.class, () -> 0);
            Map<AgreementType, Integer> agreements = zeros(AgreementType.class, () -> 0);
            Map<ProjectDomain, Integer> byDomain = zeros(ProjectDomain.class, () -> 0);
            Map<ProjectStatus, Integer> byStatus = zeros(ProjectStatus.class, () -> 0);
            Map<String, BigDecimal> amounts = new TreeMap<>();
            for (LedgerFiguresRepository.Group g : figures.groups(ids, from, to)) {
                activities += g.count();
                switch (g.type()) {
                    case DELEGATION -> {
                        int[] c = delegations.get(g.direction()).get(g.leaderLevel());
                        c[0] += g.count();
                        c[1] += g.heads();
                    }
                    case EVENT -> {
                        eventsByKind.merge(g.eventKind(), g.count(), Integer::sum);
                        if (Boolean.TRUE.equals(g.online())) {
                            onlineByKind.merge(g.eventKind(), g.count(), Integer::sum);
                        }
                    }
                    case AGREEMENT -> agreements.merge(g.agreementType(), g.count(), Integer::sum);
                    case PROJECT -> {
                        byDomain.merge(g.domain(), g.count(), Integer::sum);
                        byStatus.merge(g.status(), g.count(), Integer::sum);
                        if (g.amount() != null) {
                            amounts.merge(g.currency(), g.amount(), BigDecimal::add);
                        }
                    }
                    case AWARD -> {
                        // listed one by one below
                    }
                }
            }
            List<ActivityFigures.Outcome> outcomes = new ArrayList<>();
            List<ActivityFigures.Award> awards = new ArrayList<>();
            figures.listed(ids, from, to, outcomes::add, awards::add);

            int events = sum(eventsByKind);
            int online = sum(onlineByKind);
            return new ActivityFigures(
                    placeId,
                    from,
                    to,
                    includeSubordinates,
                    ids.size(),
                    activities,
                    delegations(delegations.get(Direction.RECEIVED)),
                    delegations(delegations.get(Direction.SENT)),
                    new ActivityFigures.Events(events, online, events - online, eventsByKind, onlineByKind),
                    new ActivityFigures.Agreements(sum(agreements), agreements),
                    new ActivityFigures.Projects(sum(byDomain), byDomain, byStatus, amounts),
                    List.copyOf(outcomes),
                    List.copyOf(awards));
        });
    }

    private static ActivityFigures.Delegations delegations(Map<LeaderLevel, int[]> byLevel) {
        Map<LeaderLevel, ActivityFigures.Count> out = new LinkedHashMap<>();
        int count = 0;
        int people = 0;
        for (var e : byLevel.entrySet()) {
            out.put(e.getKey(), new ActivityFigures.Count(e.getValue()[0], e.getValue()[1]));
            count += e.getValue()[0];
            people += e.getValue()[1];
        }
        return new ActivityFigures.Delegations(count, people, out);
    }

    private static <K extends Enum<K>, V> Map<K, V> zeros(Class<K> type, java.util.function.Supplier<V> zero) {
        Map<K, V> m = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            m.put(k, zero.get());
        }
        return m;
    }

    private static <K> int sum(Map<K, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
