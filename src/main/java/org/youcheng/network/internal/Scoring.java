package org.youcheng.network.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.youcheng.network.ScorePart;
import org.youcheng.registry.Place;

/** The parts of a score that 以点带面 and partner search share, each with its reason. */
public final class Scoring {

    static final int NAMED = 4;

    private Scoring() {}

    /** Full points next to the partner, none at the edge of the radius. */
    public static ScorePart proximity(double max, Place partner, double km, double radiusKm) {
        return new ScorePart(
                "proximity",
                max * Math.max(0, 1 - km / radiusKm),
                max,
                "距已有伙伴%s %s 公里（半径 %s 公里内）".formatted(partner.name(true), km(km), km(radiusKm)),
                "%s km from the partner %s (within %s km)".formatted(km(km), partner.name(false), km(radiusKm)));
    }

    static ScorePart noPartnerNear(double max, double radiusKm) {
        return new ScorePart(
                "proximity",
                0,
                max,
                "不在已有伙伴 %s 公里范围内".formatted(km(radiusKm)),
                "not within %s km of an existing partner".formatted(km(radiusKm)));
    }

    /** Ties of its own, on a log scale against the busiest place of the network. */
    public static ScorePart activity(double max, int ties, int mostTies) {
        double points = mostTies == 0 ? 0 : max * Math.log1p(ties) / Math.log1p(mostTies);
        return new ScorePart(
                "activity",
                points,
                max,
                "自身有 %d 个结好关系（网络中最多为 %d）".formatted(ties, mostTies),
                "has %d ties of its own (the most in the network: %d)".formatted(ties, mostTies));
    }

    /** Ties with Chinese places: experience of working with China, full points from three. */
    public static ScorePart china(double max, List<Place> chinesePartners) {
        int n = chinesePartners.size();
        return new ScorePart(
                "china",
                max * Math.min(1, n / 3.0),
                max,
                n == 0 ? "尚无中国结好城市" : "已与 %d 个中国地方结好：%s".formatted(n, names(chinesePartners, true)),
                n == 0
                        ? "no Chinese partner yet"
                        : "tied with %d Chinese places: %s".formatted(n, names(chinesePartners, false)));
    }

    public static String names(List<Place> places, boolean chinese) {
        String shown = places.stream()
                .limit(NAMED)
                .map(p -> p.name(chinese))
                .collect(Collectors.joining(chinese ? "、" : ", "));
        int more = places.size() - NAMED;
        return more <= 0 ? shown : shown + (chinese ? " 等（另 %d 个）".formatted(more) : " and %d more".formatted(more));
    }

    public static String km(double km) {
        return String.format(Locale.ROOT, "%.0f", km);
    }
}
