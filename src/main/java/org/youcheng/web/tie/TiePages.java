package org.youcheng.web.tie;

import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.youcheng.registry.TieRepository;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Warning;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;

/** A tie's own page. */
@Controller
class TiePages {

    private final TieService ties;
    private final TieRepository repository;
    private final PageText text;

    TiePages(TieService ties, TieRepository repository, PageText text) {
        this.ties = ties;
        this.repository = repository;
        this.text = text;
    }

    @GetMapping("/ties/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        TieView v = ties.view(id);
        var t = v.tie();
        var documents = ties.documents(id).stream().map(d -> new TiePage.Document(d.kind().code(), d.title(),
                d.url(), d.dated() == null ? null : d.dated().toString())).toList();
        var history = repository.history(id).stream().map(c -> new TiePage.Change(c.status().code(),
                c.changedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString(), c.reason())).toList();
        String source = t.source();
        model.addAttribute("page", new TiePage(t.id(), t.version(), zh ? t.kind().zh() : t.kind().en(),
                t.kind().code(), text.link(v.domestic(), zh), text.country(v.domestic().countryCode(), zh),
                text.link(v.partner(), zh), text.country(v.partner().countryCode(), zh), PageText.date(t.signed(), zh),
                zh ? t.status().zh() : t.status().en(), t.status().code(),
                t.endedOn() == null ? null : t.endedOn().toString(), t.endReason(), source,
                source != null && source.matches("(?i)https?://\\S+"), t.note(),
                ties.warnings(v).stream().map(Warning::code).toList(), documents, history));
        return "tie/tie";
    }
}
