package org.youcheng.web.graph;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.youcheng.network.Expansion;
import org.youcheng.network.ExpansionService;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.network.ScorePart;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;

/** A place's next partners: 以点带面 near its partners, and partner-search candidates for its newest request. */
@Controller
class SuggestionPages {

    static final int ROWS = 20;

    private final ExpansionService expansion;
    private final PartnerMatching matching;
    private final PartnerRequestService requests;
    private final PageText text;

    SuggestionPages(ExpansionService expansion, PartnerMatching matching, PartnerRequestService requests,
                    PageText text) {
        this.expansion = expansion;
        this.matching = matching;
        this.requests = requests;
        this.text = text;
    }

    @GetMapping("/places/{id}/suggestions")
    String suggestions(@PathVariable long id, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        Expansion e = expansion.around(id, ExpansionService.DEFAULT_RADIUS_KM, ROWS);
        PartnerMatching.Result r = matching.candidates(requests.latestOrOpen(id), ROWS);
        var near = e.suggestions().stream().map(s -> new SuggestionsPage.Row(s.rank(), text.link(s.candidate(), zh),
                text.country(s.candidate().countryCode(), zh), s.score(), text.link(s.reachedFrom(), zh),
                s.distanceKm(), parts(s.parts(), zh), List.of())).toList();
        var candidates = r.matches().stream().map(m -> new SuggestionsPage.Row(m.rank(), text.link(m.candidate(), zh),
                text.country(m.candidate().countryCode(), zh), m.score(), null, null, parts(m.parts(), zh),
                m.notes().stream().map(n -> zh ? n.zh() : n.en()).toList())).toList();
        model.addAttribute("page", new SuggestionsPage(text.link(e.place(), zh), text.altName(e.place(), zh),
                (int) e.radiusKm(), r.request().id(), r.considered(), near, candidates,
                r.caveats().stream().map(n -> zh ? n.zh() : n.en()).toList()));
        return "graph/suggestions";
    }

    private static List<SuggestionsPage.Part> parts(List<ScorePart> parts, boolean zh) {
        return parts.stream().map(p -> new SuggestionsPage.Part(p.name(), p.points(), p.max(), zh ? p.zh() : p.en()))
                .toList();
    }
}
