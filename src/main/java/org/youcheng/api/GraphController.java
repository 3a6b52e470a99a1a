package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.youcheng.network.CountryGraph;
import org.youcheng.network.GraphExport;
import org.youcheng.network.GraphFilter;
import org.youcheng.network.GraphService;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;

/**
 * The whole network, read-only. Every endpoint takes the same filter: {@code kind} (sister, partner, intent, or
 * unverified for the reference network's ties; may repeat or be comma-separated), {@code from} and {@code to}
 * (signing dates: 1990, 1990-05, 1990-05-01) and {@code with_ended}. Ties an official list set aside are in no graph.
 */
@RestController
@Tag(name = ApiTags.GRAPH)
record GraphController(GraphService graphs, GraphParams params, Places places) {

    @GetMapping("/api/v1/graph/summary")
    @Operation(summary = "Places, ties, connected components and Louvain communities (with modularity)")
    GraphService.Summary summary(
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        return graphs.summary(params.filter(kind, from, to, withEnded));
    }

    @GetMapping("/api/v1/graph/ranking")
    @Operation(summary = "Places ranked by degree, pagerank or betweenness, optionally of one country")
    List<GraphService.Ranked> ranking(
            @RequestParam(defaultValue = "degree") String by,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        return graphs.ranking(
                params.filter(kind, from, to, withEnded),
                GraphService.Measure.parse(by),
                country,
                GraphParams.limit(limit));
    }

    @GetMapping("/api/v1/graph/path")
    @Operation(summary = "The shortest chain of ties between two places (empty places list when none)")
    GraphService.Chain path(
            @RequestParam("from_place") long fromPlace,
            @RequestParam("to_place") long toPlace,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        return graphs.path(params.filter(kind, from, to, withEnded), place(fromPlace), place(toPlace));
    }

    @GetMapping("/api/v1/places/{id}/cousins")
    @Operation(summary = "Places that share a partner with this one but have no tie with it")
    Map<String, Object> cousins(
            @PathVariable long id,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        Place p = place(id);
        return Map.of(
                "place",
                p,
                "cousins",
                graphs.cousins(params.filter(kind, from, to, withEnded), p, GraphParams.limit(limit)));
    }

    @GetMapping("/api/v1/places/{id}/graph")
    @Operation(summary = "A place's figures in the whole network: ties, PageRank, betweenness, component, community")
    GraphService.Ranked figures(
            @PathVariable long id,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        return graphs.figures(
                params.filter(kind, from, to, withEnded), place(id).id());
    }

    @GetMapping("/api/v1/graph/countries")
    @Operation(summary = "The country graph: countries and the number of ties between each pair")
    CountryGraph countries(
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        return graphs.countries(params.filter(kind, from, to, withEnded));
    }

    @GetMapping("/api/v1/graph/export")
    @Operation(summary = "The graph as graphml, gexf, geojsonl (GeoJSON lines) or edges (tab-separated codes)")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String format,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "with_ended", defaultValue = "false") boolean withEnded) {
        GraphExport.Format f = GraphExport.Format.parse(format);
        GraphFilter filter = params.filter(kind, from, to, withEnded);
        GraphExport graph = graphs.exportComputed(filter); // computed (or refused) before the answer starts
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"youcheng-graph." + f.extension + "\"")
                .body(out -> graph.write(f, out));
    }

    private Place place(long id) {
        return places.get(id);
    }
}
