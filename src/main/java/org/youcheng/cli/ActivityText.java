package org.youcheng.cli;

import java.util.Map;
import java.util.stream.Collectors;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.Term;
import org.youcheng.registry.Place;

/** A place's figures for a period as Chinese-first lines for the terminal; zeros are left out. */
final class ActivityText {

    private ActivityText() {}

    static String render(CliText t, Place place, ActivityFigures f) {
        boolean zh = t.chinese();
        StringBuilder b = new StringBuilder();
        b.append(t.out(
                        "cli.out.activities",
                        place.name(zh),
                        place.name(!zh),
                        f.from().toString(),
                        f.to().toString(),
                        f.includeSubordinates() ? t.out("cli.out.activities_subordinates", f.places() - 1) : "",
                        f.activities()))
                .append('\n');
        delegations(t, b, t.out("cli.out.received"), f.received());
        delegations(t, b, t.out("cli.out.sent"), f.sent());
        b.append(t.out(
                        "cli.out.events",
                        f.events().count(),
                        f.events().online(),
                        f.events().inPerson()))
                .append(terms(zh, f.events().byKind()))
                .append('\n');
        b.append(t.out("cli.out.agreements", f.agreements().count()))
                .append(terms(zh, f.agreements().byType()))
                .append('\n');
        b.append(t.out("cli.out.projects", f.projects().count()))
                .append(terms(zh, f.projects().byDomain()))
                .append(terms(zh, f.projects().byStatus()))
                .append('\n');
        f.outcomes()
                .forEach(o -> b.append("  ")
                        .append(t.out(
                                "cli.out.outcome",
                                String.valueOf(o.startedOn()),
                                o.title() == null ? (o.domain().label(zh)) : o.title(),
                                o.outcome()))
                        .append('\n'));
        b.append(t.out("cli.out.awards", f.awards().size())).append('\n');
        f.awards()
                .forEach(a -> b.append("  ")
                        .append(a.year())
                        .append(' ')
                        .append(a.title())
                        .append(a.grantingBody() == null ? "" : " (" + a.grantingBody() + ")")
                        .append(" → ")
                        .append(a.recipient())
                        .append('\n'));
        return b.toString().stripTrailing();
    }

    private static void delegations(CliText t, StringBuilder b, String label, ActivityFigures.Delegations d) {
        b.append(t.out("cli.out.delegations", label, d.count(), d.personTimes()));
        String levels = d.byLeaderLevel().entrySet().stream()
                .filter(e -> e.getValue().delegations() > 0)
                .map(e -> (e.getKey().label(t.chinese())) + " " + e.getValue().delegations() + "/"
                        + e.getValue().personTimes())
                .collect(Collectors.joining(", "));
        b.append(levels.isEmpty() ? "" : " — " + levels).append('\n');
    }

    private static <T extends Term> String terms(boolean zh, Map<T, Integer> counts) {
        String s = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> (e.getKey().label(zh)) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "" : " — " + s;
    }
}
