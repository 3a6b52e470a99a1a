package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Level;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.support.TestData;

/** The registry pages, run on H2 and on PostgreSQL by the two subclasses. */
abstract class RegistryPagesTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;
    @Autowired
    PlaceRepository places;
    @Autowired
    TieService ties;

    long qingdao;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        qingdao = places.findByCode("CN-370200").orElseThrow().id();
    }

    @Test
    void homeSpeaksChineseByDefault() throws Exception {
        String html = page(get("/"));
        assertThat(html).contains("lang=\"zh-CN\"", "查找友好城市", "地名", ">搜索<", "国际友好城市登记")
                .doesNotContain("Find friendship cities", "Place name", ">Search<");
        assertThat(html).contains("href=\"/?lang=en\"").contains("/webjars/htmx.org/").contains("/css/youcheng.css");
    }

    @Test
    void homeSpeaksEnglishWhenAskedAndRemembersIt() throws Exception {
        String html = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value(LocaleConfig.COOKIE, "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"en\"", "Find friendship cities", "Place name", ">Search<")
                .doesNotContain("查找友好城市", ">搜索<", "国际友好城市登记");
        assertThat(html).contains("href=\"/?lang=zh\"");

        String again = page(get("/").cookie(new Cookie(LocaleConfig.COOKIE, "en")));
        assertThat(again).contains("Find friendship cities");
        String back = page(get("/").param("lang", "zh").cookie(new Cookie(LocaleConfig.COOKIE, "en")));
        assertThat(back).contains("查找友好城市");
    }

    @Test
    void otherLanguagesFallBackToChinese() throws Exception {
        assertThat(page(get("/").param("lang", "fr"))).contains("查找友好城市");
        assertThat(page(get("/").cookie(new Cookie(LocaleConfig.COOKIE, "de")))).contains("查找友好城市");
    }

    @Test
    void searchFindsQingdaoInChineseAndInEnglish() throws Exception {
        for (String q : List.of("青岛", "Qingdao", "qingdao")) {
            String html = page(get("/").param("q", q));
            assertThat(html).as(q).contains("青岛市", "href=\"/places/" + qingdao + "\"", "山东省", "中国", "地级市");
        }
        String english = page(get("/").param("q", "青岛").param("lang", "en"));
        assertThat(english).contains("Qingdao", "青岛市", "China", "prefecture city", "One place found");
    }

    @Test
    void searchAsYouTypeAnswersWithTheHitsOnly() throws Exception {
        String html = page(get("/").param("q", "青岛").header("HX-Request", "true"));
        assertThat(html).contains("id=\"results\"", "青岛市", "hx-swap-oob=\"true\"", "?q=%E9%9D%92%E5%B2%9B&amp;lang=en")
                .doesNotContain("<html", "<head", "<form");
    }

    @Test
    void searchWithoutHitsSaysSo() throws Exception {
        assertThat(page(get("/").param("q", "没有这个地方的名字"))).contains("没有找到与“没有这个地方的名字”相符的地方");
    }

    @Test
    void placeIdOnTheHomePageLeadsToThePlace() throws Exception {
        mvc.perform(get("/").param("place", String.valueOf(qingdao)))
                .andExpect(redirectedUrl("/places/" + qingdao));
    }

    @Test
    void placePageListsItsTiesWithKindAndDateOldestFirst() throws Exception {
        long shimonoseki = foreignPlace("YC-WEBTEST-1", "下关市", "Shimonoseki", "JP");
        long nantes = foreignPlace("YC-WEBTEST-2", "南特市", "Nantes", "FR");
        ties.create(new TieDraft(qingdao, nantes, TieKind.PARTNER, PartialDate.parse("1985"), TieStatus.ACTIVE,
                null, null, null, null));
        ties.create(new TieDraft(shimonoseki, qingdao, TieKind.SISTER, PartialDate.parse("1974-02"),
                TieStatus.ACTIVE, null, null, null, null));

        String zh = page(get("/places/" + qingdao));
        assertThat(zh).contains("青岛市", "友好关系统计", "本级", "含下辖行政区", "友好城市", "友好交流城市",
                "下关市", "日本", "1974年2月", "南特市", "法国", "1985年", "有效");
        assertThat(zh.indexOf("下关市")).isLessThan(zh.indexOf("南特市"));
        assertThat(zh).doesNotContain("Sister cities", "sister city", "Japan");
        assertThat(zh).contains("href=\"/places/" + shimonoseki + "\"");

        String en = page(get("/places/" + qingdao).param("lang", "en"));
        assertThat(en).contains("Qingdao", "Ties at a glance", "Shimonoseki", "Japan", "sister city", "1974-02",
                "partner city", "France", "1985", "active").doesNotContain("1974年2月", "友好关系统计", "日本");

        // seen from the partner's side, the tie is the same one
        assertThat(page(get("/places/" + shimonoseki))).contains("青岛市", "1974年2月", "友好城市");
    }

    @Test
    void placeFiguresCountKindsCountriesAndContinents() throws Exception {
        long a = foreignPlace("YC-WEBTEST-3", "甲市", "Kou", "JP");
        long b = foreignPlace("YC-WEBTEST-4", "乙市", "Otsu", "JP");
        long c = foreignPlace("YC-WEBTEST-5", "丙市", "Bordeaux", "FR");
        ties.create(new TieDraft(qingdao, a, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, null, null));
        ties.create(new TieDraft(qingdao, b, TieKind.INTENT, null, TieStatus.ACTIVE, null, null, null, null));
        ties.create(new TieDraft(qingdao, c, TieKind.PARTNER, null, TieStatus.ACTIVE, null, null, null, null));

        String html = page(get("/places/" + qingdao)).replaceAll("\\s+", " ");
        // sister, partner, intent, total, countries, continents
        assertThat(html).contains("<td>1</td> <td>1</td> <td>1</td> <td>3</td> <td>2</td> <td>2</td>");
        assertThat(html).contains("不详");
    }

    @Test
    void namesAreShownAsTextNeverAsMarkup() throws Exception {
        long evil = foreignPlace("YC-WEBTEST-6", SCRIPT, SCRIPT, "JP");
        ties.create(new TieDraft(qingdao, evil, TieKind.SISTER, PartialDate.parse("2001-05-03"), TieStatus.ACTIVE,
                null, null, null, null));

        for (String html : List.of(page(get("/").param("q", "script")),
                page(get("/").param("q", "script").header("HX-Request", "true")),
                page(get("/places/" + evil)), page(get("/places/" + qingdao)),
                page(get("/").param("q", SCRIPT)))) {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        }
    }

    @Test
    void anUnknownPlaceIsNotFound() throws Exception {
        String html = mvc.perform(get("/places/999999999")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("未找到");
    }

    private long foreignPlace(String code, String zh, String en, String country) {
        return places.insert(code, zh, en, Level.CITY, country, null, false, "test", Instant.now(), List.of(zh, en));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void tiesThatBendTheRulesCarryAWarning() throws Exception {
        long osaka = foreignPlace("YC-WEBTEST-9", "大阪市", "Osaka", "JP");
        long jinan = places.findByCode("CN-370100").orElseThrow().id();
        ties.create(new TieDraft(qingdao, osaka, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, null, null));
        ties.create(new TieDraft(jinan, osaka, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, null, null));

        assertThat(page(get("/places/" + jinan))).contains("该外方城市已有中国友好城市");
        assertThat(page(get("/places/" + jinan).param("lang", "en")))
                .contains("The partner already has a Chinese sister city");
    }
}
