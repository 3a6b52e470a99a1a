package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;
import org.youcheng.common.NotFoundException;

/**
 * The registry's pages: the search on the home page and a place with its ties. The search box asks again as
 * one types (htmx, which gets only the list of hits back); without JavaScript the form sends GET /?q=….
 */
@Controller
class RegistryPages {

    private final RegistryViews views;

    RegistryPages(RegistryViews views) {
        this.views = views;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "place", required = false) Long place,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                HttpServletResponse response, Locale locale, Model model) {
        if (place != null) {
            return "redirect:/places/" + place;
        }
        SearchPage page = views.search(q, locale);
        model.addAttribute("page", page);
        response.addHeader("Vary", "HX-Request");
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        model.addAttribute("htmx", fragment);
        // the language switch keeps the search; an htmx answer brings it up to date out of band
        UriComponentsBuilder here = UriComponentsBuilder.fromPath("/");
        if (page.searched()) {
            here.queryParam("q", page.q());
        }
        model.addAttribute("langSwitch", languageSwitch(here, locale));
        return fragment ? "registry/home :: results" : "registry/home";
    }

    @GetMapping("/places/{id}")
    String place(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("page", views.place(id, locale));
        model.addAttribute("langSwitch", languageSwitch(UriComponentsBuilder.fromPath("/places/" + id), locale));
        return "registry/place";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("langSwitch", languageSwitch(
                UriComponentsBuilder.fromPath(request.getRequestURI()), locale));
        return "registry/not-found";
    }

    /** The same page in the other language. */
    private static String languageSwitch(UriComponentsBuilder here, Locale locale) {
        String other = Languages.chinese(locale) ? "en" : "zh";
        return here.replaceQueryParam(LocaleConfig.PARAM, other).encode().build().toUriString();
    }
}
