package org.youcheng.network.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.youcheng.network.ScorePart;
import org.youcheng.registry.Place;

/**
 * Places like the requester: on its side (Chinese for a Chinese requester; of its country for a foreign one) and of
 * comparable level. For a Chinese requester, a peer in its own province weighs twice: a partner of a neighbour
 * knows the region already.
 */
final class Peers {

    static final int FULL_AT = 4;

    private final Place requester;
    private final Map<Long, Long> parents;
    private final Long province;

    Peers(Place requester, Map<Long, Long> parents) {
        this.requester = requester;
        this.parents = parents;
        this.province = requester.chinese() ? province(requester.id()) : null;
    }

    boolean isPeer(Place p) {
        return p.id() != requester.id()
                && p.chinese() == requester.chinese()
                && (requester.chinese() || p.countryCode().equals(requester.countryCode()))
                && p.level().comparableTo(requester.level());
    }

    ScorePart part(double max, List<Place> candidatePartners) {
        List<Place> peers = candidatePartners.stream().filter(this::isPeer).toList();
        List<Place> sameProvince = peers.stream().filter(this::inProvince).toList();
        int weight = peers.size() + sameProvince.size();
        double points = max * Math.min(1, weight / (double) FULL_AT);
        if (peers.isEmpty()) {
            return new ScorePart(
                    "peers",
                    0,
                    max,
                    "未与和%s同级的地方结好".formatted(requester.name(true)),
                    "no tie with a place of %s's standing".formatted(requester.name(false)));
        }
        String zh = "已与 %d 个和%s同级的地方结好：%s".formatted(peers.size(), requester.name(true), Scoring.names(peers, true));
        String en = "tied with %d places of %s's standing: %s"
                .formatted(peers.size(), requester.name(false), Scoring.names(peers, false));
        if (!sameProvince.isEmpty()) {
            zh += "；其中同省 %d 个：%s".formatted(sameProvince.size(), Scoring.names(sameProvince, true));
            en += "; %d in the same province: %s".formatted(sameProvince.size(), Scoring.names(sameProvince, false));
        }
        return new ScorePart("peers", points, max, zh, en);
    }

    private boolean inProvince(Place p) {
        return province != null && p.chinese() && Objects.equals(province(p.id()), province);
    }

    /** The province a Chinese place lies in (itself for a province), by its chain of parents. */
    private Long province(long id) {
        Long at = id;
        for (int guard = 0; guard < 10; guard++) {
            Long parent = parents.get(at);
            if (parent == null || parent == 0) {
                return at;
            }
            at = parent;
        }
        return at;
    }
}
