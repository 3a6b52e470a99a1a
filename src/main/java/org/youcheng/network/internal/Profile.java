package org.youcheng.network.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.PlaceAttributes;
import org.youcheng.network.ScorePart;
import org.youcheng.network.Theme;
import org.youcheng.registry.Level;
import org.youcheng.registry.Place;

/** The profile parts of a match: level, population and themes, against the request and the attributes on record. */
final class Profile {

    private final PartnerRequest request;
    private final Place requester;
    private final Map<Long, PlaceAttributes> attributes;
    private final Set<Theme> wanted = new LinkedHashSet<>();

    Profile(PartnerRequest request, Place requester, Map<Long, PlaceAttributes> attributes) {
        this.request = request;
        this.requester = requester;
        this.attributes = attributes;
        wanted.addAll(request.themes());
        wanted.addAll(Theme.mentionedIn(request.text()));
    }

    List<ScorePart> parts(Place c) {
        PlaceAttributes a = attributes.getOrDefault(c.id(), PlaceAttributes.none(c.id()));
        return List.of(level(10, c), population(10, a), themes(10, a));
    }

    private ScorePart level(double max, Place c) {
        Level target = request.level() != null ? request.level() : requester.level();
        boolean fits = c.level().comparableTo(target);
        return new ScorePart(
                "level",
                fits ? max : 0,
                max,
                "%s：%s，要求 %s".formatted(fits ? "级别相当" : "级别不相当", c.level().zh(), target.zh()),
                "%s: %s, asked %s"
                        .formatted(
                                fits ? "comparable level" : "level does not match",
                                c.level().en(),
                                target.en()));
    }

    private ScorePart population(double max, PlaceAttributes a) {
        Long pop = a.population();
        if (pop == null) {
            return new ScorePart("population", 0, max, "无人口数据记录", "no population on record");
        }
        String figure = String.format(Locale.ROOT, "%,d", pop)
                + (a.populationYear() == null ? "" : " (" + a.populationYear() + ")");
        if (request.populationBand()) {
            boolean in = (request.populationMin() == null || pop >= request.populationMin())
                    && (request.populationMax() == null || pop <= request.populationMax());
            return new ScorePart(
                    "population",
                    in ? max : 0,
                    max,
                    "人口 %s，%s所求范围".formatted(figure, in ? "在" : "不在"),
                    "population %s, %s the band asked".formatted(figure, in ? "within" : "outside"));
        }
        Long own = attributes
                .getOrDefault(requester.id(), PlaceAttributes.none(requester.id()))
                .population();
        if (own == null) {
            return new ScorePart(
                    "population",
                    0,
                    max,
                    "人口 %s；本方无人口记录，无从比较".formatted(figure),
                    "population %s; none on record for the requester to compare with".formatted(figure));
        }
        double ratio = Math.min(pop, own) / (double) Math.max(pop, own);
        return new ScorePart(
                "population",
                max * ratio,
                max,
                "人口 %s，本方 %s".formatted(figure, String.format(Locale.ROOT, "%,d", own)),
                "population %s against %s".formatted(figure, String.format(Locale.ROOT, "%,d", own)));
    }

    private ScorePart themes(double max, PlaceAttributes a) {
        if (wanted.isEmpty()) {
            return new ScorePart("themes", 0, max, "未提出产业或主题", "no industries or themes asked");
        }
        if (a.themes().isEmpty()) {
            return new ScorePart("themes", 0, max, "无主题记录", "no themes on record");
        }
        List<Theme> shared = wanted.stream().filter(a.themes()::contains).toList();
        return new ScorePart(
                "themes",
                max * shared.size() / wanted.size(),
                max,
                shared.isEmpty()
                        ? "主题不相符"
                        : "相符的主题：" + shared.stream().map(Theme::zh).collect(Collectors.joining("、")),
                shared.isEmpty()
                        ? "no theme in common"
                        : "themes in common: " + shared.stream().map(Theme::en).collect(Collectors.joining(", ")));
    }
}
