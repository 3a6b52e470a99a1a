package org.youcheng.web.tie;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.youcheng.approval.ApplicationState;
import org.youcheng.approval.ApprovalService;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatement;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;
import org.youcheng.registry.Warning;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;

/** A tie's own page. */
@Controller
record TiePages(TieService ties, Ties repository, PageText text, ApprovalService approvals) {

    @GetMapping("/ties/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        TieView v = ties.view(id);
        var t = v.tie();
        var documents = ties.documents(id).stream()
                .map(d -> new TiePage.Document(
                        d.id(),
                        d.kind().code(),
                        d.title(),
                        d.url(),
                        d.dated() == null ? null : d.dated().toString()))
                .toList();
        var history = repository.history(id).stream()
                .map(c -> new TiePage.Change(
                        c.status().code(),
                        c.changedAt()
                                .atZone(ZoneId.systemDefault())
                                .toLocalDate()
                                .toString(),
                        c.reason()))
                .toList();
        String source = t.source();
        model.addAttribute(
                "page",
                new TiePage(
                        t.id(),
                        t.version(),
                        t.kind().label(zh),
                        t.kind().code(),
                        text.link(v.domestic(), zh),
                        text.country(v.domestic().countryCode(), zh),
                        text.link(v.partner(), zh),
                        text.country(v.partner().countryCode(), zh),
                        PageText.date(t.signed(), zh),
                        t.status().label(zh),
                        t.status().code(),
                        t.endedOn() == null ? null : t.endedOn().toString(),
                        t.endReason(),
                        source,
                        TieDocument.webAddress(source),
                        t.note(),
                        ties.warnings(v).stream().map(Warning::code).toList(),
                        documents,
                        history,
                        approval(v, documents),
                        t.authority().code(),
                        t.setAsideOn() == null ? null : t.setAsideOn().toString(),
                        t.setAsideReason(),
                        repository.statements(t).stream()
                                .map(s -> statement(s, zh))
                                .toList()));
        return "tie/tie";
    }

    private static TiePage.Statement statement(TieStatement s, boolean zh) {
        String kind = s.kind() == null || s.kind() == TieKind.UNVERIFIED
                ? null
                : s.kind().label(zh);
        return new TiePage.Statement(
                s.provenance().code(),
                s.source(),
                TieDocument.webAddress(s.source()),
                kind,
                PageText.date(s.signed(), zh),
                s.addedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString(),
                s.importId(),
                s.candidateId(),
                s.evidence(),
                s.standing());
    }

    private TiePage.Approval approval(TieView v, List<TiePage.Document> documents) {
        var application = approvals.of(v.tie().id()).orElse(null);
        boolean intent = v.tie().kind() == TieKind.INTENT;
        boolean letter = documents.stream().anyMatch(d -> "intent_letter".equals(d.kindCode()));
        boolean open = application != null && application.state() != ApplicationState.RETURNED;
        boolean canApply = intent && letter && !open;
        // the words for what is missing, in the order the approval service checks them
        List<String> needs = !intent || open ? List.of() : letter ? List.of() : List.of("approval.needs.letter");
        if (application == null) {
            return new TiePage.Approval(canApply, null, null, 0, List.of(), needs);
        }
        ZoneId zone = ZoneId.systemDefault();
        return new TiePage.Approval(
                canApply,
                application.state().code(),
                application.kind().code(),
                application.version(),
                application.steps().stream()
                        .map(s -> new TiePage.Step(
                                s.step(),
                                s.at().atZone(zone).toLocalDate().toString(),
                                s.actor(),
                                s.reason(),
                                s.dated() == null ? null : s.dated().toString()))
                        .toList(),
                needs);
    }
}
