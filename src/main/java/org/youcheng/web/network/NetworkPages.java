package org.youcheng.web.network;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.youcheng.network.Neighbourhood;
import org.youcheng.network.NeighbourhoodService;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;

/** The network view: a place, its partners and their partners; clicking a node moves the view to it. */
@Controller
record NetworkPages(NeighbourhoodService neighbourhoods, PageText text) {

    @GetMapping("/places/{id}/network")
    String network(@PathVariable long id, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        Neighbourhood n = neighbourhoods.around(id);
        var nodes = n.nodes().stream()
                .map(node -> new NetworkPage.Node(
                        String.valueOf(node.place().id()),
                        node.place().name(zh),
                        text.country(node.place().countryCode(), zh),
                        node.hop(),
                        node.links()))
                .toList();
        var edges = n.edges().stream()
                .map(e -> new NetworkPage.Edge(
                        String.valueOf(e.source()),
                        String.valueOf(e.target()),
                        e.kind().code()))
                .toList();
        int partners = (int) nodes.stream().filter(node -> node.hop() == 1).count();
        model.addAttribute(
                "page",
                new NetworkPage(
                        id,
                        n.centre().name(zh),
                        text.altName(n.centre(), zh),
                        partners,
                        nodes.size() - 1 - partners,
                        n.leftOut(),
                        nodes,
                        edges));
        return "network/network";
    }
}
