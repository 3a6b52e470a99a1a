package org.youcheng.cli;

import java.util.Map;
import java.util.stream.Collectors;
import org.youcheng.registry.Place;
import org.youcheng.registry.Summary;

/** The summary as a few lines of Chinese-first text for the terminal. */
final class SummaryText {

    private SummaryText() {
    }

    static String render(Place place, Summary s) {
        StringBuilder b = new StringBuilder();
        b.append(place.name(true));
        if (place.nameEn() != null || place.pinyin() != null) {
            b.append(" (").append(place.name(false)).append(')');
        }
        b.append('\n');
        line(b, "本级 at its own level", s.counts());
        if (s.subordinatePlaces() > 0) {
            line(b, "含下辖 with " + s.subordinatePlaces() + " subordinate places", s.includingSubordinates());
        }
        if (!s.counts().byCountry().isEmpty()) {
            b.append("国家 countries: ").append(s.counts().byCountry().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((x, y) -> y.total() - x.total()))
                    .map(e -> e.getValue().nameZh() + " " + e.getValue().total())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** Which ties the figures count, Chinese first: the records of the office, or the reference network. */
    static String basis(String zh, String en) {
        return "统计依据 counted from: " + zh + " / " + en;
    }

    private static void line(StringBuilder b, String label, Summary.Counts c) {
        b.append(label).append(": 友好城市 sister ").append(c.sister())
                .append(", 友好交流城市 partner ").append(c.partner())
                .append(", 结好意向 intent ").append(c.intent());
        if (c.unverified() > 0) {
            b.append(", 结好关系（待核实） unverified ").append(c.unverified());
        }
        b.append("; ").append(c.countries()).append(" 个国家 countries, ")
                .append(c.continents()).append(" 大洲 continents\n");
        b.append("  ").append(basis(c.basisZh(), c.basisEn())).append('\n');
        if (c.referenceBeside() > 0) {
            b.append("  另有 ").append(c.referenceBeside()).append(" 条参考数据（维基数据）中的关系未计入（已有本单位记录） ")
                    .append(c.referenceBeside())
                    .append(" reference ties not counted (the place has its own records)\n");
        }
        if (c.setAside() > 0) {
            b.append("  另有 ").append(c.setAside()).append(" 条不在官方名单中，不计入 ")
                    .append(c.setAside()).append(" set aside (not on the official list)\n");
        }
    }
}
