package org.youcheng.network.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.network.CountryGraph;
import org.youcheng.network.GraphFilter;
import org.youcheng.network.graph.Graph;
import org.youcheng.registry.Countries;

/** Folds the graph of places into the graph of countries (a quotient graph by country). O(n+m). */
@Component
public record CountryFolding(KeptGraphs graphs, Countries countries) {

    /** The country graph of the ties the filter picks. */
    public CountryGraph of(GraphFilter filter) {
        TieGraph tg = graphs.graph(filter);
        Graph g = tg.graph();
        Map<String, int[]> node = new HashMap<>(); // places, ties, inside
        Map<String, Integer> links = new HashMap<>();
        for (int v = 0; v < tg.size(); v++) {
            String a = tg.place(v).countryCode();
            int[] counts = node.computeIfAbsent(a, k -> new int[3]);
            counts[0]++;
            for (int w : g.neighbours(v)) {
                if (w < v) {
                    continue; // each tie once
                }
                String b = tg.place(w).countryCode();
                if (a.equals(b)) {
                    counts[1]++;
                    counts[2]++;
                } else {
                    counts[1]++;
                    node.computeIfAbsent(b, k -> new int[3])[1]++;
                    String key = a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
                    links.merge(key, 1, Integer::sum);
                }
            }
        }
        var all = countries.all();
        List<CountryGraph.Node> nodes = new ArrayList<>();
        node.forEach((code, c) -> nodes.add(new CountryGraph.Node(all.get(code), c[0], c[1], c[2])));
        nodes.sort(Comparator.comparingInt((CountryGraph.Node n) -> -n.ties())
                .thenComparing(n -> n.country().code()));
        List<CountryGraph.Link> out = new ArrayList<>();
        links.forEach((key, n) -> out.add(new CountryGraph.Link(key.substring(0, 2), key.substring(3), n)));
        out.sort(Comparator.comparingInt((CountryGraph.Link l) -> -l.ties())
                .thenComparing(CountryGraph.Link::source)
                .thenComparing(CountryGraph.Link::target));
        return new CountryGraph(List.copyOf(nodes), List.copyOf(out));
    }
}
