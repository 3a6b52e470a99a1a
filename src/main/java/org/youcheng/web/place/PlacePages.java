package org.youcheng.web.place;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.PlaceProfile;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceMending;
import org.youcheng.web.Languages;

/** A place's page; {@code ?all=true} includes the ties of its counties and districts. */
@Controller
record PlacePages(PlacePageViews views, Clock clock, PlaceMending mending) {

    @GetMapping("/places/{id}")
    String place(
            @PathVariable long id,
            @RequestParam(name = "all", defaultValue = "false") boolean all,
            Locale locale,
            Model model) {
        PlaceProfile profile = views.profile(id, all);
        Place p = profile.place();
        model.addAttribute("page", views.page(profile, all, Languages.chinese(locale)));
        // a Chinese place has a year-end report (of the last complete year, as offices report) and a rank among the
        // places of its level
        if (p.chinese()) {
            model.addAttribute("reportYear", FigureParams.year(null, LocalDate.now(clock)));
            model.addAttribute("reportScope", all ? "whole" : "own");
            model.addAttribute("rankLevel", p.level().code());
            model.addAttribute("chinese", true);
        }
        model.addAttribute("mayMend", mending.mayMend(p));
        model.addAttribute("needsReview", p.needsReview());
        return "place/place";
    }
}
