package org.youcheng.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.TestData;

/** The global network's pages: ranking and country graph, the chain on the map, suggestions; H2 and PostgreSQL. */
abstract class GraphPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    long qingdao;
    long yantai;

    @BeforeEach
    void ties() {
        TestData.reset(db);
        qingdao = id("CN-370200");
        yantai = id("CN-370600");
        tie(qingdao, id("Q35765"));
        tie(qingdao, id("Q203308"));
        tie(yantai, id("Q203308"));
    }

    long id(String code) {
        return places.findByCode(code).orElseThrow().id();
    }

    void tie(long a, long b) {
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, status, created_at, updated_at)
                values (:a, :b, 'sister', 'active', :now, :now)""")
                .param("a", a)
                .param("b", b)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRankingTableAndCountryGraphInChineseAndEnglish() throws Exception {
        String zh = page(get("/graph").param("by", "betweenness"));
        assertThat(zh)
                .contains("全球友城网络", "4 个地方、3 个结好关系", "中介中心度", "国家之间的联系", "下关")
                .contains("page: 'graph'")
                .contains("\"code\":\"JP\"");
        assertThat(zh.indexOf("下关")).isLessThan(zh.indexOf("大阪")); // Shimonoseki lies between more pairs
        String en = page(get("/graph").param("lang", "en").param("kind", "partner"));
        assertThat(en).contains("The global twin-town network", "0 places, 0 ties");
    }

    @Test
    void thePathPageListsTheChainAndExplainsProblems() throws Exception {
        String html = page(get("/graph/path").param("from", "Q35765").param("to", "烟台市"));
        assertThat(html).contains("经过 3 个结好关系").contains("id=\"path-map\"").contains("page: 'path'");
        assertThat(html.indexOf("青岛市")).isLessThan(html.indexOf("烟台市", html.indexOf("path-stops")));
        assertThat(page(get("/graph/path").param("from", "Q35765").param("to", "无此地方")))
                .contains("找不到地方");
        assertThat(page(get("/graph/path"))).doesNotContain("path-map");
    }

    @Test
    void suggestionsShowScoresInPartsWithReasons() throws Exception {
        String html = page(get("/places/" + yantai + "/suggestions"));
        assertThat(html).contains("烟台市的结好建议", "寻找友城", "同级结好", "以点带面", "大阪");
        String en = page(get("/places/" + qingdao + "/suggestions").param("lang", "en"));
        assertThat(en).contains("Partner suggestions for Qingdao", "Near a partner", "km from the partner");
    }
}
