package org.youcheng.cli;

import java.util.Map;
import java.util.stream.Collectors;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.Term;
import org.youcheng.registry.Place;

/** A place's figures for a period as Chinese-first lines for the terminal; zeros are left out. */
final class ActivityText {

    private ActivityText() {
    }

    static String render(Place place, ActivityFigures f) {
        StringBuilder b = new StringBuilder();
        b.append(place.name(true)).append(" (").append(place.name(false)).append(") ").append(f.from()).append(" – ")
                .append(f.to()).append(f.includeSubordinates() ? ", 含下辖 with " + (f.places() - 1)
                        + " subordinate places" : "").append(": ").append(f.activities()).append(" 项 activities\n");
        delegations(b, "来访 received", f.received());
        delegations(b, "出访 sent", f.sent());
        b.append("活动 events: ").append(f.events().count()).append(" (线上 online ").append(f.events().online())
                .append(", 线下 in person ").append(f.events().inPerson()).append(')')
                .append(terms(f.events().byKind())).append('\n');
        b.append("协议 agreements: ").append(f.agreements().count()).append(terms(f.agreements().byType()))
                .append('\n');
        b.append("合作项目 projects: ").append(f.projects().count()).append(terms(f.projects().byDomain()))
                .append(terms(f.projects().byStatus())).append('\n');
        f.outcomes().forEach(o -> b.append("  成果 outcome ").append(o.startedOn()).append(' ')
                .append(o.title() == null ? o.domain().zh() : o.title()).append(": ").append(o.outcome()).append('\n'));
        b.append("奖项荣誉 awards: ").append(f.awards().size()).append('\n');
        f.awards().forEach(a -> b.append("  ").append(a.year()).append(' ').append(a.title())
                .append(a.grantingBody() == null ? "" : " (" + a.grantingBody() + ")").append(" → ")
                .append(a.recipient()).append('\n'));
        return b.toString().stripTrailing();
    }

    private static void delegations(StringBuilder b, String label, ActivityFigures.Delegations d) {
        b.append(label).append(": ").append(d.count()).append(" 批 delegations, ").append(d.personTimes())
                .append(" 人次 person-times");
        String levels = d.byLeaderLevel().entrySet().stream().filter(e -> e.getValue().delegations() > 0)
                .map(e -> e.getKey().zh() + " " + e.getValue().delegations() + "/" + e.getValue().personTimes())
                .collect(Collectors.joining(", "));
        b.append(levels.isEmpty() ? "" : " — " + levels).append('\n');
    }

    private static <T extends Term> String terms(Map<T, Integer> counts) {
        String s = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().zh() + " " + e.getValue()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "" : " — " + s;
    }
}
