package org.youcheng.web.home;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.youcheng.analytics.Overview;
import org.youcheng.analytics.OverviewService;
import org.youcheng.analytics.Positions;
import org.youcheng.registry.TieKind;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;
import org.youcheng.web.TieRows;

/** The home page: the national and global picture. Old search links (/?q=…) lead to the search page. */
@Controller
record HomePages(OverviewService overviews, PageText text, TieRows rows) {

    @GetMapping("/")
    String home(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "place", required = false) Long place,
            Locale locale,
            Model model) {
        if (place != null) {
            return "redirect:/places/" + place;
        }
        if (q != null) {
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/search")
                            .queryParam("q", q)
                            .encode()
                            .toUriString();
        }
        boolean zh = Languages.chinese(locale);
        Overview o = overviews.overview();
        List<HomePage.Ranked> ranked = o.mostTies().stream()
                .map(r -> new HomePage.Ranked(
                        text.link(r.place(), zh), text.country(r.place().countryCode(), zh), r.ties()))
                .toList();
        model.addAttribute(
                "page",
                new HomePage(
                        o.sister(),
                        o.partner(),
                        o.intent(),
                        o.unverified(),
                        o.total(),
                        o.places(),
                        o.countries(),
                        ranked,
                        o.newest().stream()
                                .map(v -> rows.row(v, v.domestic(), zh))
                                .toList(),
                        lines(overviews.lines())));
        return "home/home";
    }

    static HomePage.MapLines lines(List<Positions.Line> lines) {
        int kinds = TieKind.values().length;
        double[][] flat = new double[kinds][];
        int[] n = new int[kinds];
        for (Positions.Line l : lines) {
            n[index(l.kind())]++;
        }
        for (int k = 0; k < kinds; k++) {
            flat[k] = new double[n[k] * 5];
            n[k] = 0;
        }
        for (Positions.Line l : lines) {
            int k = index(l.kind());
            double[] f = flat[k];
            int i = n[k];
            f[i] = 2;
            f[i + 1] = round(l.fromLng());
            f[i + 2] = round(l.fromLat());
            f[i + 3] = round(l.toLng());
            f[i + 4] = round(l.toLat());
            n[k] += 5;
        }
        return new HomePage.MapLines(
                lines.size(),
                flat[TieKind.SISTER.ordinal()],
                flat[TieKind.PARTNER.ordinal()],
                flat[TieKind.INTENT.ordinal()],
                flat[TieKind.UNVERIFIED.ordinal()]);
    }

    private static int index(String kind) {
        return TieKind.valueOf(kind.toUpperCase(Locale.ROOT)).ordinal();
    }

    /** Two decimals: about a kilometre, finer than a world map shows. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
