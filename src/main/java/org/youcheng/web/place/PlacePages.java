package org.youcheng.web.place;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.web.Languages;

/** A place's page; {@code ?all=true} includes the ties of its counties and districts. */
@Controller
class PlacePages {

    private final PlacePageViews views;

    PlacePages(PlacePageViews views) {
        this.views = views;
    }

    @GetMapping("/places/{id}")
    String place(@PathVariable long id, @RequestParam(name = "all", defaultValue = "false") boolean all,
                 Locale locale, Model model) {
        model.addAttribute("page", views.page(id, all, Languages.chinese(locale)));
        return "place/place";
    }
}
