package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.ReferenceTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/** The pages (home, search, place, network, tie), run on H2 and on PostgreSQL by the two subclasses. */
abstract class PagesTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    @Autowired
    TieService tieService;

    @Autowired
    WebApplicationContext context;

    OperatorTies ties;

    long qingdao;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        ties = new OperatorTies(tieService);
        TestAccounts.admin(context);
        qingdao = places.findByCode("CN-370200").orElseThrow().id();
    }

    @Test
    void homeSpeaksChineseByDefault() throws Exception {
        String html = page(get("/"));
        assertThat(html)
                .contains("lang=\"zh-CN\"", "国际友好城市网络", "首页", "新建友好关系", "查找地名", "友好城市", "友好关系最多的地方")
                .doesNotContain("The friendship-city network", "Home", "New tie", "Sister cities");
        assertThat(html)
                .contains("href=\"/?lang=en\"")
                .contains("/webjars/htmx.org/")
                .contains("/css/youcheng-")
                .contains("/vendor/echarts/echarts.min-")
                .contains("/maps/world-");
    }

    @Test
    void homeSpeaksEnglishWhenAskedAndRemembersIt() throws Exception {
        String html = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value(LocaleConfig.COOKIE, "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("lang=\"en\"", "The friendship-city network", "Home", "New tie", "Sister cities")
                .doesNotContain("国际友好城市网络", "首页", "友好关系最多的地方");
        assertThat(html).contains("href=\"/?lang=zh\"");

        String again = page(get("/").cookie(new Cookie(LocaleConfig.COOKIE, "en")));
        assertThat(again).contains("The friendship-city network");
        String back = page(get("/").param("lang", "zh").cookie(new Cookie(LocaleConfig.COOKIE, "en")));
        assertThat(back).contains("国际友好城市网络");
    }

    @Test
    void homeCountsLiveTiesRanksPlacesAndDrawsEveryTie() throws Exception {
        long a = foreignPlace("YC-WEBTEST-10", "甲市", "Kou", "JP");
        long b = foreignPlace("YC-WEBTEST-11", "乙市", "Otsu", "FR");
        ties.create(new TieDraft(qingdao, a, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, null, null));
        ties.create(new TieDraft(qingdao, b, TieKind.PARTNER, null, TieStatus.ACTIVE, null, null, null, null));
        long jinan = places.findByCode("CN-370100").orElseThrow().id();
        ties.create(new TieDraft(jinan, b, TieKind.INTENT, null, TieStatus.ENDED, null, null, null, null));

        String html = page(get("/")).replaceAll("\\s+", " ");
        assertThat(html)
                .contains(
                        "id=\"total-sister\">1<",
                        "id=\"total-partner\">1<",
                        "id=\"total-intent\">0<",
                        "id=\"total-places\">3<",
                        "id=\"total-countries\">3<");
        // 青岛市 has the most live ties; the newest tie comes first
        assertThat(html.indexOf("青岛市")).isLessThan(html.indexOf("乙市"));
        assertThat(html).contains("全部友好关系地图（2 条）");
        // the map data: two live ties, each as 2 and four numbers; the ended one is not drawn
        assertThat(html).containsPattern("\"count\":2,\"sister\":\\[2\\.0,[-0-9.]+,[-0-9.]+,[-0-9.]+,[-0-9.]+]");
    }

    @Test
    void searchFindsQingdaoInChineseAndInEnglish() throws Exception {
        for (String q : List.of("青岛", "Qingdao", "qingdao")) {
            String html = page(get("/search").param("q", q));
            assertThat(html).as(q).contains("青岛市", "href=\"/places/" + qingdao + "\"", "山东省", "中国", "地级市");
        }
        String english = page(get("/search").param("q", "青岛").param("lang", "en"));
        assertThat(english).contains("Qingdao", "青岛市", "China", "prefecture city", "One place found");
    }

    @Test
    void oldSearchAddressesLeadToTheSearchPage() throws Exception {
        mvc.perform(get("/").param("q", "青岛")).andExpect(redirectedUrl("/search?q=%E9%9D%92%E5%B2%9B"));
    }

    @Test
    void searchAsYouTypeAnswersWithTheHitsOnly() throws Exception {
        String results = page(
                get("/search").param("q", "青岛").header("HX-Request", "true").header("HX-Target", "results"));
        assertThat(results).contains("id=\"results\"", "青岛市").doesNotContain("<html", "<head", "<form");
        String menu = page(
                get("/search").param("q", "青岛").header("HX-Request", "true").header("HX-Target", "search-menu"));
        assertThat(menu)
                .contains("id=\"search-menu\"", "青岛市", "href=\"/places/" + qingdao + "\"")
                .doesNotContain("<html", "id=\"results\"", "hidden");
        String options = page(get("/search/options").param("partner", "青岛"));
        assertThat(options).contains("<option", "value=\"青岛市\"", "data-id=\"" + qingdao + "\"");
    }

    @Test
    void otherLanguagesFallBackToChinese() throws Exception {
        assertThat(page(get("/").param("lang", "fr"))).contains("国际友好城市网络");
        assertThat(page(get("/").cookie(new Cookie(LocaleConfig.COOKIE, "de")))).contains("国际友好城市网络");
    }

    @Test
    void searchWithoutHitsSaysSo() throws Exception {
        assertThat(page(get("/search").param("q", "没有这个地方的名字"))).contains("没有找到与“没有这个地方的名字”相符的地方");
    }

    @Test
    void placeIdOnTheHomePageLeadsToThePlace() throws Exception {
        mvc.perform(get("/").param("place", String.valueOf(qingdao))).andExpect(redirectedUrl("/places/" + qingdao));
    }

    @Test
    void placePageListsItsTiesWithKindAndDateOldestFirst() throws Exception {
        long shimonoseki = foreignPlace("YC-WEBTEST-1", "下关市", "Shimonoseki", "JP");
        long nantes = foreignPlace("YC-WEBTEST-2", "南特市", "Nantes", "FR");
        ties.create(new TieDraft(
                qingdao, nantes, TieKind.PARTNER, PartialDate.parse("1985"), TieStatus.ACTIVE, null, null, null, null));
        ties.create(new TieDraft(
                shimonoseki,
                qingdao,
                TieKind.SISTER,
                PartialDate.parse("1974-02"),
                TieStatus.ACTIVE,
                null,
                null,
                null,
                null));

        String zh = page(get("/places/" + qingdao));
        assertThat(zh)
                .contains(
                        "青岛市", "友好关系统计", "本级", "含下辖行政区", "友好城市", "友好交流城市", "下关市", "日本", "1974年2月", "南特市", "法国", "1985年",
                        "有效");
        assertThat(zh.indexOf("下关市")).isLessThan(zh.indexOf("南特市"));
        assertThat(zh).doesNotContain("Sister cities", "sister city", "Japan");
        assertThat(zh).contains("href=\"/places/" + shimonoseki + "\"");

        String en = page(get("/places/" + qingdao).param("lang", "en"));
        assertThat(en)
                .contains(
                        "Qingdao",
                        "Ties at a glance",
                        "Shimonoseki",
                        "Japan",
                        "sister city",
                        "1974-02",
                        "partner city",
                        "France",
                        "1985",
                        "active")
                .doesNotContain("1974年2月", "友好关系统计", "日本");

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
        // sister, partner, intent, total, countries, continents: the intent is shown, but no partner yet
        assertThat(html).contains("<td>1</td> <td>1</td> <td>1</td> <td>2</td> <td>2</td> <td>2</td>");
        assertThat(html).contains("不详");
    }

    @Test
    void namesAreShownAsTextNeverAsMarkup() throws Exception {
        long evil = foreignPlace("YC-WEBTEST-6", SCRIPT, SCRIPT, "JP");
        ties.create(new TieDraft(
                qingdao,
                evil,
                TieKind.SISTER,
                PartialDate.parse("2001-05-03"),
                TieStatus.ACTIVE,
                null,
                null,
                null,
                null));

        for (String html : List.of(
                page(get("/search").param("q", "script")),
                page(get("/search")
                        .param("q", "script")
                        .header("HX-Request", "true")
                        .header("HX-Target", "search-menu")),
                page(get("/places/" + evil)),
                page(get("/places/" + qingdao)),
                page(get("/")),
                page(get("/places/" + evil + "/network")),
                page(get("/ties/"
                        + ties.view(db.sql("select max(id) from tie")
                                        .query(Long.class)
                                        .single())
                                .tie()
                                .id())),
                page(get("/search").param("q", SCRIPT)))) {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        }
    }

    @Test
    void anUnknownPlaceIsNotFound() throws Exception {
        String html = mvc.perform(get("/places/999999999"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("未找到");
    }

    private long foreignPlace(String code, String zh, String en, String country) {
        return places.insert(code, zh, en, Level.CITY, country, null, false, "test", Instant.now(), List.of(zh, en));
    }

    /** The page, with the \\uXXXX escapes of its inline script data read back into characters. */
    private String page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})")
                .matcher(html)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
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

    @Test
    void placePageCarriesItsMapAndChartDataAndCanIncludeItsDistricts() throws Exception {
        long shimonoseki = foreignPlace("YC-WEBTEST-20", "下关市", "Shimonoseki", "JP");
        long nantes = foreignPlace("YC-WEBTEST-21", "南特市", "Nantes", "FR");
        long huangdao = places.findByCode("CN-370211").orElseThrow().id();
        ties.create(new TieDraft(
                qingdao,
                shimonoseki,
                TieKind.SISTER,
                PartialDate.parse("1979-10"),
                TieStatus.ACTIVE,
                null,
                null,
                null,
                null));
        ties.create(new TieDraft(
                huangdao,
                nantes,
                TieKind.PARTNER,
                PartialDate.parse("2005"),
                TieStatus.ACTIVE,
                null,
                null,
                null,
                null));

        String own = page(get("/places/" + qingdao));
        assertThat(own)
                .contains(
                        "\"name\":\"下关市\"",
                        "\"kind\":\"sister\"",
                        "\"approximate\":true",
                        "\"years\":[1979]",
                        "\"sister\":[1]",
                        "日韩及东北亚",
                        "亚洲",
                        "id=\"place-map\"",
                        "含下辖区县")
                .doesNotContain("南特市");
        String all = page(get("/places/" + qingdao).param("all", "true"));
        assertThat(all).contains("下关市", "南特市", "黄岛区", "我方", "\"ours\":\"黄岛区\"", "\"years\":[1979,1980,1981");
        String english = page(get("/places/" + qingdao).param("all", "true").param("lang", "en"));
        assertThat(english)
                .contains("\"name\":\"Nantes\"", "Western, Southern and Northern Europe", "Our side")
                .doesNotContain("黄岛区\"");
    }

    @Test
    void networkViewShowsPartnersAndTheirPartners() throws Exception {
        long a = foreignPlace("YC-WEBTEST-30", "甲町", "Kou", "JP");
        long b = foreignPlace("YC-WEBTEST-31", "乙町", "Otsu", "JP");
        ties.create(new TieDraft(qingdao, a, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, null, null));
        ties.create(new TieDraft(a, b, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, null, null));

        String html = page(get("/places/" + qingdao + "/network"));
        assertThat(html)
                .contains(
                        "青岛市的关系网络",
                        "1 个友好城市，以及它们的 1 个友好城市",
                        "{\"id\":\"" + qingdao + "\",\"name\":\"青岛市\",\"country\":\"中国\",\"hop\":0",
                        "{\"id\":\"" + b + "\",\"name\":\"乙町\",\"country\":\"日本\",\"hop\":2",
                        "{\"source\":\"" + a + "\",\"target\":\"" + b + "\",\"kind\":\"sister\"}");
    }

    @Test
    void theTieFormsNeedTheSessionsCsrfToken() throws Exception {
        String form =
                page(get("/ties/new").param("place", String.valueOf(qingdao)).with(signedIn()));
        assertThat(form).contains("name=\"_csrf\"", "value=\"青岛市\"", "name=\"domesticId\"");
        mvc.perform(post("/ties")
                        .with(signedIn())
                        .param("domestic", "青岛市")
                        .param("partner", "Q35765")
                        .param("kind", "sister"))
                .andExpect(status().isForbidden());
        assertThat(db.sql("select count(*) from tie").query(Long.class).single())
                .isZero();
    }

    @Test
    void aBadFormComesBackWithEachErrorNextToItsField() throws Exception {
        String html = mvc.perform(post("/ties")
                        .with(csrf())
                        .with(signedIn())
                        .param("domesticId", String.valueOf(qingdao))
                        .param("domestic", "青岛市")
                        .param("partner", "没有这个地方")
                        .param("kind", "sister")
                        .param("signed", "去年")
                        .param("status", "active"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"partner-error\"",
                        "找不到名为“没有这个地方”的地方",
                        "id=\"signed-error\"",
                        "无法识别“去年”",
                        "有 2 处需要修改",
                        "value=\"去年\"");
        assertThat(html.indexOf("id=\"partner-error\""))
                .isGreaterThan(html.indexOf("name=\"partner\""))
                .isLessThan(html.indexOf("name=\"kind\""));
        String english = mvc.perform(post("/ties")
                        .with(csrf())
                        .with(signedIn())
                        .param("lang", "en")
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partner", "")
                        .param("kind", "sister"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("id=\"partner-error\"", "Required.").doesNotContain("必填");
        assertThat(db.sql("select count(*) from tie").query(Long.class).single())
                .isZero();
    }

    @Test
    void anEditorsFormSaysANewFormalTieGoesThroughTheApprovalPath() throws Exception {
        long kyoto = foreignPlace("YC-WEBTEST-41", "乙京都市", "Otsukyoto", "JP");
        org.youcheng.support.TestAccounts.token(
                context, "qingdao-form-editor", org.youcheng.security.Role.EDITOR, "370200");
        var editor = user("qingdao-form-editor").roles("EDITOR");
        String blank = page(get("/ties/new").with(editor));
        assertThat(blank).contains("先登记为结好意向，上传意向书后提交申请").doesNotContain("name=\"recordTitle\"");
        String refused = mvc.perform(post("/ties")
                        .with(csrf())
                        .with(editor)
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partnerId", String.valueOf(kyoto))
                        .param("kind", "sister")
                        .param("signed", "2001"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"kind-error\"", "新的友好城市或友好交流城市须经审批流程", "value=\"2001\"");
        assertThat(db.sql("select count(*) from tie").query(Long.class).single())
                .isZero();
        mvc.perform(post("/ties")
                        .with(csrf())
                        .with(editor)
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partnerId", String.valueOf(kyoto))
                        .param("kind", "intent"))
                .andExpect(status().is3xxRedirection());
        // an admin's form offers the source document, and without one says it is needed
        String admin = mvc.perform(post("/ties/"
                                + db.sql("select id from tie").query(Long.class).single())
                        .with(csrf())
                        .with(signedIn())
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partnerId", String.valueOf(kyoto))
                        .param("kind", "sister")
                        .param("version", "0")
                        .param("status", "active"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).contains("name=\"recordTitle\"", "id=\"recordTitle-error\"", "须附来源文件");
    }

    @Test
    void aGoodFormCreatesTheTieAndLeadsBackToThePlace() throws Exception {
        long osaka = foreignPlace("YC-WEBTEST-40", "甲大阪市", "Kouosaka", "JP");
        mvc.perform(post("/ties")
                        .with(csrf())
                        .with(signedIn())
                        .param("domesticId", String.valueOf(qingdao))
                        .param("domestic", "青岛市")
                        .param("partner", "甲大阪市")
                        .param("kind", "partner")
                        .param("signed", "2018年5月")
                        .param("status", "active")
                        .param("source", "https://example.org/agreement")
                        .param("recordTitle", "青岛市与甲大阪市友好交流协议书")
                        .param("back", String.valueOf(qingdao)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/places/" + qingdao))
                .andExpect(flash().attributeExists("savedTie"));
        long id = db.sql("select id from tie where partner_id = :p")
                .param("p", osaka)
                .query(Long.class)
                .single();
        assertThat(page(get("/places/" + qingdao))).contains("甲大阪市", "2018年5月", "友好交流城市");

        String tie = page(get("/ties/" + id));
        assertThat(tie)
                .contains(
                        "青岛市", "甲大阪市", "2018年5月", "href=\"https://example.org/agreement\"", "状态记录", "青岛市与甲大阪市友好交流协议书");

        // the same pair again is a conflict that links to the tie there is
        String again = mvc.perform(post("/ties")
                        .with(csrf())
                        .with(signedIn())
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partnerId", String.valueOf(osaka))
                        .param("kind", "sister"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("这两个地方之间已有一条友好关系", "href=\"/ties/" + id + "\"");

        // edit with the version read, then a stale version is refused
        String edit = page(get("/ties/" + id + "/edit").with(signedIn()));
        assertThat(edit).contains("value=\"2018-05\"", "name=\"version\"", "value=\"0\"");
        mvc.perform(post("/ties/" + id)
                        .with(csrf())
                        .with(signedIn())
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partnerId", String.valueOf(osaka))
                        .param("kind", "partner")
                        .param("signed", "2018-05")
                        .param("status", "ended")
                        .param("endedOn", "2023-01-01")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/ties/" + id));
        assertThat(page(get("/ties/" + id))).contains("友好交流城市", "已终止", "2023-01-01");
        String stale = mvc.perform(post("/ties/" + id)
                        .with(csrf())
                        .with(signedIn())
                        .param("domesticId", String.valueOf(qingdao))
                        .param("partnerId", String.valueOf(osaka))
                        .param("kind", "intent")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("刚被别人修改过");

        mvc.perform(post("/ties/" + id + "/delete")
                        .with(csrf())
                        .with(signedIn())
                        .param("version", "1"))
                .andExpect(redirectedUrl("/places/" + qingdao));
        assertThat(db.sql("select count(*) from tie").query(Long.class).single())
                .isZero();
    }

    @Test
    void aTiePageShowsItsDocuments() throws Exception {
        long osaka = foreignPlace("YC-WEBTEST-41", "大阪市", "Osaka", "JP");
        long id = ties.create(new TieDraft(
                        qingdao, osaka, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, "青岛市外办 友城名录", null))
                .tie()
                .tie()
                .id();
        ties.addDocument(id, TieDocument.Kind.AGREEMENT, "结好协议书", "https://example.org/a.pdf", null);
        assertThat(page(get("/ties/" + id)))
                .contains("协议书", "结好协议书", "href=\"https://example.org/a.pdf\"", "青岛市外办 友城名录");
        assertThat(page(get("/ties/" + id).param("lang", "en"))).contains("Agreement", "Documents");
        mvc.perform(get("/ties/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aReferenceTieNeverShowsAsASisterCityAndAPlaceWithOnlySuchTiesSaysSo() throws Exception {
        long xian = places.findByCode("CN-610100").orElseThrow().id();
        long kyoto = foreignPlace("YC-WEBTEST-50", "京都市", "Kyoto", "JP");
        long id = ReferenceTies.add(db, xian, kyoto);

        String place = page(get("/places/" + xian)).replaceAll("\\s+", " ");
        assertThat(place)
                .contains(
                        "统计依据：尚无本单位记录，数字来自参考数据（维基数据），待核实",
                        "<th scope=\"col\">结好关系（待核实）</th>",
                        "本级</th> <td>0</td> <td>0</td> <td>0</td> <td>1</td> <td>1</td>",
                        "data-kind=\"unverified\"",
                        "<span class=\"kind kind-unverified\">结好关系（待核实）</span>",
                        ">参考数据（维基数据）</span>",
                        "\"kind\":\"unverified\"")
                .doesNotContain("data-kind=\"sister\"", "kind kind-sister\">");
        assertThat(page(get("/places/" + xian).param("lang", "en")))
                .contains(
                        "Counted from: no records of its own: figures from reference data (Wikidata), unverified",
                        "Ties (unverified)");

        String tie = page(get("/ties/" + id)).replaceAll("\\s+", " ");
        assertThat(tie)
                .contains(
                        "<dd>结好关系（待核实）</dd>",
                        "id=\"authority\">参考数据（维基数据）</dd>",
                        "id=\"unverified-note\"",
                        ReferenceTies.SOURCE,
                        "<dd>未说明类型</dd>")
                .doesNotContain("<dd>友好城市</dd>", "kind-sister");

        String home = page(get("/")).replaceAll("\\s+", " ");
        assertThat(home)
                .contains("id=\"total-sister\">0<", "id=\"total-unverified\">1<", "结好关系（待核实）")
                .containsPattern(
                        "\"count\":1,\"sister\":\\[],\"partner\":\\[],\"intent\":\\[]," + "\"unverified\":\\[2\\.0,");

        // editing it means saying which kind it really is: unverified is not on offer, none is chosen
        String form = page(get("/ties/" + id + "/edit").with(signedIn())).replaceAll("\\s+", " ");
        assertThat(form)
                .contains("<option value=\"\" selected=\"selected\">请选择类型</option>")
                .doesNotContain("value=\"unverified\"", "value=\"sister\" selected");
    }

    @Test
    void aPlaceWithRecordsCountsThemAndSaysWhatItLeftOut() throws Exception {
        long a = foreignPlace("YC-WEBTEST-51", "甲市", "Kou", "JP");
        long b = foreignPlace("YC-WEBTEST-52", "乙市", "Otsu", "FR");
        long c = foreignPlace("YC-WEBTEST-53", "丙市", "Hei", "DE");
        ties.create(new TieDraft(qingdao, a, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, "青岛市外办", null));
        ReferenceTies.add(db, qingdao, b);
        long aside = ReferenceTies.add(db, qingdao, c);
        ReferenceTies.setAside(db, aside, java.time.LocalDate.of(2026, 1, 5), "青岛市外办友城名录未列");

        String place = page(get("/places/" + qingdao)).replaceAll("\\s+", " ");
        assertThat(place)
                .contains(
                        "统计依据：按本单位记录统计",
                        "另有 1 条参考数据（维基数据）中的关系未计入（本地已有本单位记录）。",
                        "另有 1 条关系不在官方名单中，已搁置，不计入。",
                        "本级</th> <td>1</td> <td>0</td> <td>0</td> <td>1</td> <td>1</td> <td>1</td>",
                        "<span class=\"set-aside\">不在官方名单中</span>",
                        ">本单位记录</span>")
                .doesNotContain("<th scope=\"col\">结好关系（待核实）</th>");

        String home = page(get("/")).replaceAll("\\s+", " ");
        assertThat(home)
                .contains(
                        "id=\"total-sister\">1<",
                        "id=\"total-unverified\">1<",
                        "id=\"total-countries\">3<",
                        "全部友好关系地图（2 条）");

        assertThat(page(get("/ties/" + aside)).replaceAll("\\s+", " "))
                .contains("id=\"set-aside\">不在官方名单中</span>", "2026-01-05 起搁置", "青岛市外办友城名录未列");
        assertThat(page(get("/places/" + qingdao + "/network")))
                .doesNotContain("\"target\":\"" + c + "\"")
                .contains("\"target\":\"" + b + "\",\"kind\":\"unverified\"");
    }

    @Test
    void aTiePageListsEveryStatementWithTheArticlesWords() throws Exception {
        long osaka = foreignPlace("YC-WEBTEST-54", "大阪市", "Osaka", "JP");
        long id = ReferenceTies.add(db, qingdao, osaka);
        ReferenceTies.addArticle(db, id, "https://example.org/news/7", "sister", "两市正式缔结友好城市关系");

        String tie = page(get("/ties/" + id)).replaceAll("\\s+", " ");
        assertThat(tie)
                .contains(
                        "id=\"statements\"",
                        "新闻（已审核）",
                        "href=\"https://example.org/news/7\"",
                        "<dd>友好城市</dd>",
                        "两市正式缔结友好城市关系",
                        "现行");
        assertThat(tie.indexOf("参考数据（维基数据）</strong>"))
                .as("the standing statement first")
                .isLessThan(tie.indexOf("新闻（已审核）</strong>"));
        assertThat(page(get("/ties/" + id).param("lang", "en")))
                .contains("Statements", "the news (reviewed)", "reference data (Wikidata)");
    }

    /** A session signed in as the tests' admin (the account exists: the services read it afresh). */
    static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
        return user("test-admin").roles("ADMIN");
    }
}
