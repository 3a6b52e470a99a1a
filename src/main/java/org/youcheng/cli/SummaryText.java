package org.youcheng.cli;

import java.util.Map;
import java.util.stream.Collectors;
import org.youcheng.registry.Place;
import org.youcheng.registry.Summary;

/** The summary as a few lines for the terminal, in the command line's language. */
final class SummaryText {

    private SummaryText() {}

    static String render(CliText t, Place place, Summary s) {
        boolean zh = t.chinese();
        StringBuilder b = new StringBuilder();
        b.append(place.name(zh));
        if (zh ? place.nameEn() != null || place.pinyin() != null : place.nameZh() != null) {
            b.append(" (").append(place.name(!zh)).append(')');
        }
        b.append('\n');
        line(t, b, t.out("cli.out.own_level"), s.counts());
        if (s.subordinatePlaces() > 0) {
            line(t, b, t.out("cli.out.with_subordinates", s.subordinatePlaces()), s.includingSubordinates());
        }
        if (!s.counts().byCountry().isEmpty()) {
            b.append(t.out(
                            "cli.out.countries",
                            s.counts().byCountry().entrySet().stream()
                                    .sorted(Map.Entry.comparingByValue((x, y) -> y.total() - x.total()))
                                    .map(e -> (zh
                                                    ? e.getValue().nameZh()
                                                    : e.getValue().nameEn()) + " "
                                            + e.getValue().total())
                                    .collect(Collectors.joining(", "))))
                    .append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** Which ties the figures count: the records of the office, or the reference network. */
    static String basis(CliText t, String zh, String en) {
        return t.out("cli.out.basis", t.chinese() ? zh : en);
    }

    private static void line(CliText t, StringBuilder b, String label, Summary.Counts c) {
        b.append(t.out(
                        "cli.out.counts",
                        label,
                        c.sister(),
                        c.partner(),
                        c.intent(),
                        c.unverified() > 0 ? t.out("cli.out.unverified", c.unverified()) : "",
                        c.countries(),
                        c.continents()))
                .append('\n');
        b.append("  ").append(basis(t, c.basisZh(), c.basisEn())).append('\n');
        if (c.referenceBeside() > 0) {
            b.append("  ")
                    .append(t.out("cli.out.reference_beside", c.referenceBeside()))
                    .append('\n');
        }
        if (c.setAside() > 0) {
            b.append("  ").append(t.out("cli.out.set_aside", c.setAside())).append('\n');
        }
    }
}
