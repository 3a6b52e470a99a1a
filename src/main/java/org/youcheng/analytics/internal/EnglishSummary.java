package org.youcheng.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.youcheng.analytics.Breakthrough;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.Tally;
import org.youcheng.analytics.TieLine;
import org.youcheng.analytics.YearSummary;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.registry.CountingBasis;

/** The year-end summary's paragraph in English; {@link YearSummary} writes the Chinese and holds both. */
public final class EnglishSummary {

    private EnglishSummary() {}

    public static String of(
            FriendshipProfile p, ActivityFigures a, boolean ledgerKept, int years, List<TieLine> dormant) {
        Tally c = p.counts();
        String who = p.scope().equals(Scope.OWN.code())
                ? name(p) + " (own level)"
                : name(p) + " with its counties and districts";
        StringBuilder s = new StringBuilder();
        s.append("At the end of ").append(p.year()).append(", ").append(who);
        if (c.total() == 0) {
            s.append(" had no international sister or partner city");
        } else {
            List<String> parts = new ArrayList<>();
            if (c.sister() > 0) {
                parts.add(plural(c.sister(), "sister city", "sister cities"));
            }
            if (c.partner() > 0) {
                parts.add(plural(c.partner(), "partner city", "partner cities"));
            }
            if (c.unverified() > 0) {
                parts.add(plural(c.unverified(), "unverified tie", "unverified ties"));
            }
            s.append(" had ")
                    .append(String.join(" and ", parts))
                    .append(" in ")
                    .append(plural(c.countries(), "country", "countries"))
                    .append(" on ")
                    .append(plural(c.continents(), "continent", "continents"));
        }
        if (c.intent() > 0) {
            s.append("; ").append(plural(c.intent(), "intent", "intents")).append(" besides");
        }
        s.append(".");
        if (CountingBasis.REFERENCE.code().equals(c.basis())
                || CountingBasis.MIXED.code().equals(c.basis())) {
            s.append(" (").append(c.basisEn()).append(".)");
        }
        Map<String, Integer> fresh = YearSummary.kinds(p.newTies());
        if (!fresh.isEmpty()) {
            s.append(" New in ")
                    .append(p.year())
                    .append(": ")
                    .append(fresh.entrySet().stream()
                            .map(e -> e.getValue() + " " + enKind(e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")))
                    .append(" (")
                    .append(p.newTies().stream()
                            .map(t -> t.partnerEn() + ", " + t.countryEn())
                            .collect(Collectors.joining("; ")))
                    .append(").");
        }
        List<Breakthrough> top = YearSummary.widest(p.breakthroughs());
        if (!top.isEmpty()) {
            s.append(" Firsts: ")
                    .append(top.stream()
                            .map(b -> b.tie().partnerEn() + " is the first "
                                    + (b.over().equals("any") ? "international tie" : "tie in " + b.whereEn()) + " of "
                                    + b.ofEn())
                            .collect(Collectors.joining("; ")))
                    .append(".");
        }
        if (!p.anniversariesOfYear().isEmpty()) {
            s.append(" Anniversaries in ")
                    .append(p.year())
                    .append(": ")
                    .append(p.anniversariesOfYear().stream()
                            .map(x -> ordinal(x.years()) + " with " + x.tie().partnerEn() + ", "
                                    + x.tie().countryEn())
                            .collect(Collectors.joining("; ")))
                    .append(".");
        }
        if (a.activities() > 0) {
            List<String> did = new ArrayList<>();
            if (a.received().count() > 0) {
                did.add(plural(a.received().count(), "delegation", "delegations") + " received ("
                        + plural(a.received().personTimes(), "person-time", "person-times") + ")");
            }
            if (a.sent().count() > 0) {
                did.add(plural(a.sent().count(), "delegation", "delegations") + " sent ("
                        + plural(a.sent().personTimes(), "person-time", "person-times") + ")");
            }
            if (a.events().count() > 0) {
                did.add(plural(a.events().count(), "event", "events"));
            }
            if (a.agreements().count() > 0) {
                did.add(plural(a.agreements().count(), "agreement", "agreements"));
            }
            if (a.projects().count() > 0) {
                did.add(plural(a.projects().count(), "project", "projects"));
            }
            if (!did.isEmpty()) {
                s.append(" In the year: ").append(String.join(", ", did)).append(".");
            }
            if (!a.awards().isEmpty()) {
                s.append(" Awards: ")
                        .append(a.awards().stream()
                                .map(x -> "“" + x.title() + "”")
                                .collect(Collectors.joining(", ")))
                        .append(".");
            }
        }
        if (ledgerKept && !dormant.isEmpty()) {
            s.append(" ")
                    .append(plural(dormant.size(), "tie has", "ties have"))
                    .append(" seen no exchange for ")
                    .append(years)
                    .append(" years or more.");
        }
        return s.toString();
    }

    private static String enKind(String kind, int n) {
        return switch (kind) {
            case "sister" -> n == 1 ? "sister city" : "sister cities";
            case "partner" -> n == 1 ? "partner city" : "partner cities";
            case "intent" -> n == 1 ? "intent" : "intents";
            default -> n == 1 ? "unverified tie" : "unverified ties";
        };
    }

    private static String name(FriendshipProfile p) {
        return p.place().nameEn() != null ? p.place().nameEn() : p.place().nameZh();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
