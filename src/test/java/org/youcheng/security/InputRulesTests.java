package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Input the registry refuses whichever door it comes through, naming the field: a new place's name longer than the
 * registry keeps, an area that is not a finite positive number, a signing date in the future; and an editor outside
 * the scope hears 403 before any word about its fields.
 */
abstract class InputRulesTests extends SecurityMvcTests {

    static final String HEADER = "domestic,partner,partner_country,kind,signed,status,source,note\n";

    JsonNode call(
            String token, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, int status)
            throws Exception {
        MockHttpServletResponse a = answer(r.header("Authorization", "Bearer " + f.tokens.get(token)));
        String body = a.getContentAsString(StandardCharsets.UTF_8);
        assertThat(a.getStatus()).as("status; body %s", body).isEqualTo(status);
        return body.isEmpty() ? null : json.readTree(body);
    }

    long count(String table) {
        return f.db.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aNewPartnerNameLongerThanTheRegistryKeepsIsARowErrorInTheDryRunAndTheImport() throws Exception {
        String longName = "Villeneuve-" + "x".repeat(200);
        byte[] file = (HEADER + "临清市,Ōsaka,Japan,partner,2001,active,,\n临清市," + longName
                        + ",France,partner,2002,active,,\n")
                .getBytes(StandardCharsets.UTF_8);
        long places = count("place");
        for (String dryRun : List.of("true", "false")) {
            JsonNode report = call(
                    SecurityFixture.ADMIN,
                    multipart("/api/v1/imports")
                            .file(new MockMultipartFile("file", "t.csv", "text/csv", file))
                            .param("dry_run", dryRun),
                    422);
            assertThat(report.get("errors").get(0).get("row").asInt())
                    .as(dryRun)
                    .isEqualTo(3);
            assertThat(report.get("errors").get(0).get("column").asText()).isEqualTo("partner");
            assertThat(report.get("errors").get(0).get("reason").asText()).contains("200");
        }
        assertThat(count("place")).isEqualTo(places);
        assertThat(count("tie")).isEqualTo(2);
    }

    @Test
    void anAreaMustBeAFinitePositiveNumber() throws Exception {
        // JSON has no NaN or Infinity, but a number written as text reads as one
        for (String area : List.of("1e309", "-1e309", "\"NaN\"", "\"Infinity\"", "-1", "0")) {
            JsonNode problem = call(
                    SecurityFixture.ADMIN,
                    put("/api/v1/places/{id}/attributes", f.osaka)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"area_km2\":" + area + ",\"source\":\"test\",\"version\":0}"),
                    400);
            assertThat(problem.toString()).as(area).contains("area_km2");
        }
        assertThat(count("place_attribute")).isZero();
        assertThat(call(
                                SecurityFixture.ADMIN,
                                put("/api/v1/places/{id}/attributes", f.osaka)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"area_km2\":225.2,\"source\":\"test\",\"version\":0}"),
                                200)
                        .get("area_km2")
                        .asDouble())
                .isEqualTo(225.2);
    }

    @Test
    void aSigningDateInTheFutureIsRefusedOnTheApiAndTheForm() throws Exception {
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        JsonNode problem = call(
                SecurityFixture.ADMIN,
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\":" + f.linqing + ",\"partner_id\":" + f.osaka
                                + ",\"kind\":\"partner\",\"signed\":\"" + nextYear + "\"}"),
                400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("signed");
        call(
                SecurityFixture.ADMIN,
                put("/api/v1/ties/{id}", f.inScopeTie)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"domestic_id\":" + f.linqing + ",\"partner_id\":" + f.shimonoseki
                                + ",\"kind\":\"partner\",\"signed\":\""
                                + LocalDate.now().plusDays(2) + "\"}"),
                400);

        String form = answer(post("/ties")
                        .with(user(SecurityFixture.ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .param("domesticId", String.valueOf(f.linqing))
                        .param("partnerId", String.valueOf(f.osaka))
                        .param("kind", "partner")
                        .param("signed", nextYear + "-05"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("签署时间不能晚于今天");
        assertThat(count("tie")).isEqualTo(2);
        // today is fine
        call(
                SecurityFixture.ADMIN,
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\":" + f.linqing + ",\"partner_id\":" + f.osaka
                                + ",\"kind\":\"intent\",\"signed\":\"" + LocalDate.now() + "\"}"),
                201);
    }

    @Test
    void anEditorOutsideTheScopeHears403BeforeAnyFieldError() throws Exception {
        String bad = ",\"kind\":\"cousin\",\"ended_on\":\"soon\"}";
        call(
                SecurityFixture.EDITOR,
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\":" + f.qingdao + ",\"partner_id\":" + f.osaka + bad),
                403);
        // the Chinese side named second is still the side the scope is about
        call(
                SecurityFixture.EDITOR,
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\":" + f.osaka + ",\"partner_id\":" + f.qingdao + bad),
                403);
        call(
                SecurityFixture.EDITOR,
                put("/api/v1/ties/{id}", f.outOfScopeTie)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\":" + f.qingdao + ",\"partner_id\":" + f.shimonoseki + bad),
                403);
        var editor = user(SecurityFixture.EDITOR).roles("EDITOR");
        assertThat(answer(post("/ties")
                                .with(editor)
                                .with(csrf())
                                .param("domesticId", String.valueOf(f.qingdao))
                                .param("partnerId", String.valueOf(f.osaka))
                                .param("kind", "cousin"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(answer(post("/ties/{id}", f.outOfScopeTie)
                                .with(editor)
                                .with(csrf())
                                .param("domesticId", String.valueOf(f.qingdao))
                                .param("partnerId", String.valueOf(f.shimonoseki))
                                .param("kind", "cousin"))
                        .getStatus())
                .isEqualTo(403);
        // in the scope, the same mistakes are named field by field
        JsonNode problem = call(
                SecurityFixture.EDITOR,
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\":" + f.linqing + ",\"partner_id\":" + f.osaka + bad),
                400);
        assertThat(problem.findValuesAsText("field")).contains("kind", "ended_on");
    }

    @Test
    void anEditorOutsideTheScopeHears403BeforeAnyFieldErrorOfAnActivity() throws Exception {
        String bad = ",\"partners\":[{\"place_id\":" + f.shimonoseki + "}],\"direction\":\"sideways\","
                + "\"head_count\":-4,\"started_on\":\"soon\"}";
        call(
                SecurityFixture.EDITOR,
                post("/api/v1/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"delegation\",\"place_id\":" + f.qingdao + bad),
                403);
        call(
                SecurityFixture.EDITOR,
                put("/api/v1/activities/{id}", f.outOfScopeActivity)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"delegation\",\"place_id\":" + f.qingdao + bad),
                403);
        assertThat(answer(post("/activities")
                                .with(user(SecurityFixture.EDITOR).roles("EDITOR"))
                                .with(csrf())
                                .param("placeId", String.valueOf(f.qingdao))
                                .param("type", "delegation")
                                .param("direction", "sideways")
                                .param("head_count", "-4")
                                .param("started_on", "soon"))
                        .getStatus())
                .isEqualTo(403);
        // in the scope, the same mistakes are named field by field
        JsonNode problem = call(
                SecurityFixture.EDITOR,
                post("/api/v1/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"delegation\",\"place_id\":" + f.linqing + bad),
                400);
        assertThat(problem.findValuesAsText("field")).contains("started_on");
    }

    @Test
    void anEditorOutsideTheScopeHears403BeforeAnyFieldErrorOfAStrategyOrAPartnerRequest() throws Exception {
        String badStrategy = "regions:\n  - region: nowhere\n    verb: frobnicate\n";
        call(
                SecurityFixture.EDITOR,
                put("/api/v1/places/{id}/strategy", f.qingdao)
                        .contentType("application/yaml")
                        .content(badStrategy),
                403);
        call(
                SecurityFixture.EDITOR,
                post("/api/v1/partner-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place_id\":" + f.qingdao + ",\"countries\":[\"ZZ\"]}"),
                403);
        // in the scope, the mistakes are named
        JsonNode problem = call(
                SecurityFixture.EDITOR,
                put("/api/v1/places/{id}/strategy", f.linqing)
                        .contentType("application/yaml")
                        .content(badStrategy),
                400);
        assertThat(problem.findValuesAsText("field").toString()).contains("regions[0]");
        call(
                SecurityFixture.EDITOR,
                post("/api/v1/partner-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place_id\":" + f.linqing + ",\"countries\":[\"ZZ\"]}"),
                400);
    }
}
