package org.youcheng.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.youcheng.registry.Place;
import org.youcheng.registry.internal.PlaceRepository;

/** Small helpers the API tests share: finding reference places and calling the API. */
public final class ApiClient {

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final PlaceRepository places;

    ApiClient(MockMvc mvc, ObjectMapper json, PlaceRepository places) {
        this.mvc = mvc;
        this.json = json;
        this.places = places;
    }

    /** A Chinese place found through the search endpoint; fails unless the first hit has the expected code. */
    long search(String q, String expectedCode) throws Exception {
        JsonNode hits = call(get("/api/v1/places").param("q", q), 200).get("hits");
        assertThat(hits.size()).as("hits for %s", q).isPositive();
        assertThat(hits.get(0).get("code").asText()).as("first hit for %s", q).isEqualTo(expectedCode);
        return hits.get(0).get("id").asLong();
    }

    /** A reference place by its code (a Wikidata id for a foreign place); fails when the data lacks it. */
    Place byCode(String code) {
        return places.findByCode(code)
                .orElseThrow(() -> new AssertionError("reference place " + code + " is not in the database"));
    }

    /**
     * A request body that records a sister or partner tie signed outside the approval path, as an admin does: the
     * body with the source document it needs.
     */
    public static Map<String, Object> recorded(Map<String, Object> body) {
        Map<String, Object> with = new java.util.LinkedHashMap<>(body);
        with.put("signed_record", Map.of("title", "友好城市协议书（测试）", "url", "https://example.org/agreement"));
        return with;
    }

    /**
     * Creates a tie as the admin these tests act as; a sister or partner tie is recorded with a source document, as
     * one signed before the registry (the approval path has tests of its own).
     */
    JsonNode create(Map<String, Object> body) throws Exception {
        Object kind = body.get("kind");
        boolean formal = kind != null
                && org.youcheng.registry.TieKind.parse(String.valueOf(kind))
                        .filter(k -> org.youcheng.registry.TieKind.raises(null, k))
                        .isPresent();
        if (formal && !body.containsKey("signed_record")) {
            body = recorded(body);
        }
        return call(post("/api/v1/ties").contentType(MediaType.APPLICATION_JSON).content(write(body)), 201);
    }

    String write(Object body) throws Exception {
        return json.writeValueAsString(body);
    }

    /** Performs a request, checks its status and returns the JSON body (null when there is none). */
    JsonNode call(RequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus())
                .as("status; body: %s", body)
                .isEqualTo(expectedStatus);
        return body.isEmpty() ? null : json.readTree(body);
    }
}
