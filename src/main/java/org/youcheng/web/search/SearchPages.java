package org.youcheng.web.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.registry.Names;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceSearch;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;
import org.youcheng.web.PlaceLink;

/**
 * Finding places by name, in Chinese or English. The search box in every page's bar asks again as one types (htmx
 * gets only the list of hits back, shown under the box); pressing Enter, or a browser without JavaScript, opens the
 * full results page.
 */
@Controller
record SearchPages(PlaceSearch places, PageText text) {

    static final int MAX_HITS = 20;
    static final int MENU_HITS = 8;
    static final int MAX_QUERY = 100;
    /** The id of the list under the bar's search box, which htmx names in HX-Target. */
    static final String MENU = "search-menu";

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Target", required = false) String target,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        boolean menu = fragment && MENU.equals(target);
        model.addAttribute("page", search(q, menu ? MENU_HITS : MAX_HITS, Languages.chinese(locale)));
        response.addHeader("Vary", "HX-Request, HX-Target");
        if (menu) {
            return "search/search :: menu";
        }
        return fragment ? "search/search :: results" : "search/search";
    }

    /** Suggestions for a place field of a form: {@code <option>}s for its datalist, whichever field asks. */
    @GetMapping("/search/options")
    String options(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "domestic", required = false) String domestic,
            @RequestParam(name = "partner", required = false) String partner,
            Locale locale,
            Model model) {
        String typed = q != null ? q : domestic != null ? domestic : partner;
        model.addAttribute("page", search(typed, MENU_HITS, Languages.chinese(locale)));
        return "search/search :: options";
    }

    SearchPage search(String typed, int limit, boolean zh) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return new SearchPage("", List.of());
        }
        Map<Long, PlaceLink> parents = new HashMap<>();
        List<PlaceSearch.Hit> found = places.search(q, limit);
        // names that look the same once suffixes and script are set aside
        Map<String, Long> keys = found.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        h -> Names.key(h.place().name(true)), java.util.stream.Collectors.counting()));
        List<SearchPage.Hit> hits = found.stream()
                .map(h -> {
                    Place p = h.place();
                    return new SearchPage.Hit(
                            p.id(),
                            p.name(zh),
                            text.altName(p, zh),
                            text.level(p, zh),
                            text.country(p.countryCode(), zh),
                            text.parent(p, zh, parents),
                            h.ties(),
                            p.code(),
                            keys.get(Names.key(p.name(true))) > 1);
                })
                .toList();
        return new SearchPage(q, hits);
    }
}
