package org.youcheng.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.support.ReferenceTies;
import org.youcheng.support.TestAccounts;

/**
 * 青岛市's 2025 report through the API, every figure against the hand computation of {@link Fixture}; the PDF
 * rendered to images, the workbook read back.
 */
abstract class YearReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectMapper json;

    @Autowired
    WebApplicationContext ctx;

    Fixture f;
    long qd;

    @BeforeEach
    void load() throws Exception {
        f = new Fixture(db);
        qd = f.id(Fixture.QINGDAO);
        String plan = """
                {"regions": [{"region": "japan_korea", "verb": "deepen", "target": 8},
                             {"region": "africa", "verb": "open_up", "target": 3}]}""";
        MockMvc admin = TestAccounts.withToken(ctx, TestAccounts.admin(ctx));
        assertThat(admin.perform(put("/api/v1/places/" + qd + "/strategy")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(plan))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    byte[] report(String format, String lang) throws Exception {
        return report(qd, format, lang);
    }

    byte[] report(long place, String format, String lang) throws Exception {
        return report(place, format, lang, null);
    }

    /** The 2025 report; scope null is the default (the whole place with its counties and districts). */
    byte[] report(long place, String format, String lang, String scope) throws Exception {
        return report(place, format, lang, scope, 2025);
    }

    byte[] report(long place, String format, String lang, String scope, int year) throws Exception {
        var request = get("/api/v1/places/" + place + "/report")
                .param("year", "" + year)
                .param("format", format)
                .param("lang", lang);
        if (scope != null) {
            request.param("scope", scope);
        }
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus())
                .as(r.getResponse().getContentAsString())
                .isEqualTo(200);
        return r.getResponse().getContentAsByteArray();
    }

    List<Long> ids(JsonNode lines) {
        List<Long> out = new ArrayList<>();
        lines.forEach(l -> out.add(
                l.has("tie")
                        ? l.get("tie").get("tie_id").asLong()
                        : l.get("tie_id").asLong()));
        return out;
    }

    List<Long> ties(String... names) {
        return java.util.Arrays.stream(names).map(f.tie::get).toList();
    }

    @Test
    void everyFigureOfTheOwnLevelJsonReportIsTheHandComputedOne() throws Exception {
        JsonNode r = json.readTree(report(qd, "json", "zh", "own"));
        JsonNode p = r.get("profile");
        assertThat(p.get("year").asInt()).isEqualTo(2025);
        assertThat(p.get("scope").asText()).isEqualTo("own");
        assertThat(p.get("scope_zh").asText()).isEqualTo("本级");
        // t4 ended, t9 within China, t8 undated and recorded after 2025, 胶州's j1 and j2 not its own; t7 an intent,
        // counted apart
        JsonNode c = p.get("counts");
        assertThat(List.of(
                        c.get("sister").asInt(),
                        c.get("partner").asInt(),
                        c.get("intent").asInt(),
                        c.get("total").asInt(),
                        c.get("countries").asInt(),
                        c.get("continents").asInt()))
                .containsExactly(5, 3, 1, 8, 5, 4);
        assertThat(json.convertValue(c.get("by_continent"), new TypeReference<Map<String, Integer>>() {}))
                .isEqualTo(Map.of("asia", 5, "north_america", 1, "africa", 1, "oceania", 1));
        assertThat(ids(p.get("undated_later"))).isEqualTo(ties("t8"));
        // every standing tie, oldest signing first (the intent among them, as a roster lists it)
        assertThat(ids(r.get("ties"))).isEqualTo(ties("t1", "t3", "t10", "t2", "t12", "t11", "t7", "t5", "t6"));
        assertThat(ids(p.get("new_ties"))).isEqualTo(ties("t7", "t5", "t6"));
        assertThat(ids(p.get("firsts_of_year"))).isEqualTo(ties("t6"));
        assertThat(p.get("firsts_of_year").get(0).get("country").asText()).isEqualTo("KE");
        assertThat(p.get("firsts_of_year").get(0).get("signed").asText()).isEqualTo("2025-09");
        assertThat(ids(p.get("firsts"))).isEqualTo(ties("t1", "t4", "t3", "t11", "t6"));
        // t6 in Kenya: the first of all Shandong there (济南's African tie is in Egypt), and 青岛's first in Africa
        // and in Kenya
        List<String> firsts = new ArrayList<>();
        p.get("breakthroughs")
                .forEach(b -> firsts.add(b.get("of_zh").asText() + "/"
                        + b.get("over").asText() + "/" + b.get("where_zh").asText() + "/"
                        + b.get("tie").get("tie_id").asLong()));
        long t6 = f.tie.get("t6");
        assertThat(firsts).containsExactly("山东省/country/肯尼亚/" + t6, "青岛市/continent/非洲/" + t6, "青岛市/country/肯尼亚/" + t6);
        // no round anniversary falls in 2025; those of 2026
        assertThat(p.get("anniversaries_of_year")).isEmpty();
        assertThat(p.get("anniversaries_from").asText()).isEqualTo("2026-01-01");
        assertThat(ids(p.get("anniversaries"))).isEqualTo(ties("t2", "t10", "t11", "t1", "t3"));
        List<String> on = new ArrayList<>();
        p.get("anniversaries")
                .forEach(a -> on.add(a.get("years").asInt() + "@" + a.get("on").asText()));
        assertThat(on).containsExactly("10@2026", "25@2026-01-01", "5@2026-01-01", "50@2026-05-10", "30@2026-12");
        // the layout: 日韩 5 of 8, 非洲 1 of 3 with KE new this year and EG (济南's) first of the openings
        JsonNode l = p.get("layout");
        assertThat(l.get(0).get("region").asText()).isEqualTo("japan_korea");
        assertThat(List.of(
                        l.get(0).get("now").asInt(),
                        l.get(0).get("target").asInt(),
                        l.get(0).get("gap").asInt(),
                        l.get(0).get("new_ties").asInt()))
                .containsExactly(5, 8, 3, 0);
        assertThat(l.get(0).get("verb").asText()).isEqualTo("deepen");
        assertThat(List.of(
                        l.get(1).get("now").asInt(),
                        l.get(1).get("target").asInt(),
                        l.get(1).get("gap").asInt(),
                        l.get(1).get("new_ties").asInt()))
                .containsExactly(1, 3, 2, 1);
        assertThat(l.get(1).get("openings").get(0).get("country").asText()).isEqualTo("EG");
        assertThat(l.get(1).get("openings").get(0).get("peers").asInt()).isEqualTo(1);
        // the ledger's 2025: a mayor's delegation of 12 received, a vice mayor's of 8 sent, a culture week, a
        // memorandum, the port project with its outcome (the school project is of 2024), the association's award
        JsonNode a = r.get("activities");
        assertThat(List.of(
                        a.get("received").get("count").asInt(),
                        a.get("sent").get("count").asInt(),
                        a.get("received").get("person_times").asInt()
                                + a.get("sent").get("person_times").asInt(),
                        a.get("events").get("count").asInt(),
                        a.get("agreements").get("count").asInt(),
                        a.get("projects").get("count").asInt(),
                        a.get("outcomes").size(),
                        a.get("awards").size()))
                .containsExactly(1, 1, 20, 1, 1, 1, 1, 1);
        assertThat(a.get("projects").get("by_domain").get("trade").asInt()).isEqualTo(1);
        // dormant at the end of 2025 (no exchange nor signing since 2022-12-31): t3 (1996) and t10 (2001); t12's
        // school project of 2024 keeps it awake, t7 is an intent, t11 is held from the other side
        assertThat(r.get("ledger_kept").asBoolean()).isTrue();
        assertThat(ids(r.get("dormant"))).isEqualTo(ties("t3", "t10"));
        // rank: first of every prefecture
        assertThat(r.get("rank").get("rank").asInt()).isEqualTo(1);
        assertThat(r.get("rank_of").asInt()).isEqualTo(f.prefectures());
        JsonNode total = p.get("peers").get(0);
        assertThat(total.get("figure").asText()).isEqualTo("total");
        assertThat(total.get("nation").get("rank").asInt()).isEqualTo(2);
    }

    /** The names the fixture gives its foreign places: the n-th made is 测试n / Test n. */
    static String partner(int n, boolean zh) {
        return zh ? "测试" + n : "Test " + n;
    }

    @Test
    void theWholeCityCountsItsCountiesTiesAndTheSummaryParagraphSaysEveryFigure() throws Exception {
        JsonNode r = json.readTree(report(qd, "json", "zh")); // the default: 全市
        JsonNode p = r.get("profile");
        assertThat(p.get("scope").asText()).isEqualTo("whole");
        assertThat(p.get("scope_zh").asText()).isEqualTo("全市");
        // 青岛's own 5 sister, 3 partner, 1 intent, and 胶州's j1 (sister, Russia, 2025) and j2 (partner, Japan, 2005)
        JsonNode c = p.get("counts");
        assertThat(List.of(
                        c.get("sister").asInt(),
                        c.get("partner").asInt(),
                        c.get("intent").asInt(),
                        c.get("total").asInt(),
                        c.get("countries").asInt(),
                        c.get("continents").asInt()))
                .containsExactly(6, 4, 1, 10, 6, 5);
        assertThat(ids(r.get("ties")))
                .isEqualTo(ties("t1", "t3", "t10", "j2", "t2", "t12", "t11", "t7", "t5", "t6", "j1"));
        assertThat(ids(p.get("new_ties"))).isEqualTo(ties("t7", "t5", "t6", "j1"));
        // j1 is the whole city's first in Europe and in Russia (烟台's Russian ties of 2010 keep it from being
        // Shandong's); t6 as before
        List<String> firsts = new ArrayList<>();
        p.get("breakthroughs")
                .forEach(b -> firsts.add(b.get("of_zh").asText() + "/"
                        + b.get("over").asText() + "/" + b.get("where_zh").asText() + "/"
                        + b.get("tie").get("tie_id").asLong()));
        long t6 = f.tie.get("t6");
        long j1 = f.tie.get("j1");
        assertThat(firsts)
                .containsExactly(
                        "山东省/country/肯尼亚/" + t6,
                        "青岛市/continent/非洲/" + t6,
                        "青岛市/continent/欧洲/" + j1,
                        "青岛市/country/肯尼亚/" + t6,
                        "青岛市/country/俄罗斯/" + j1);
        // j2, signed in 2005, is twenty in 2025
        assertThat(ids(p.get("anniversaries_of_year"))).isEqualTo(ties("j2"));
        assertThat(p.get("anniversaries_of_year").get(0).get("years").asInt()).isEqualTo(20);
        // 胶州's delegation of 6 received joins 青岛's
        JsonNode a = r.get("activities");
        assertThat(List.of(
                        a.get("received").get("count").asInt(),
                        a.get("received").get("person_times").asInt(),
                        a.get("sent").get("count").asInt(),
                        a.get("sent").get("person_times").asInt()))
                .containsExactly(2, 18, 1, 8);
        // j2 has had no exchange since 2005
        assertThat(ids(r.get("dormant"))).isEqualTo(ties("t3", "t10", "j2"));
        // the paragraph, every number recomputed here from the hand-worked figures above
        String expectedZh = "截至2025年底，全市共缔结国际友好城市6对、友好交流城市4对，遍及6个国家、五大洲；另有结好意向1个。"
                + "2025年新增国际友好城市2对、友好交流城市1对、结好意向1个：德国" + partner(7, true) + "、美国"
                + partner(5, true) + "、肯尼亚" + partner(6, true) + "、俄罗斯" + partner(28, true) + "。"
                + "实现了山东省在肯尼亚的零的突破（" + partner(6, true) + "）、青岛市在欧洲的零的突破（"
                + partner(28, true) + "）。"
                + "2025年适逢与日本" + partner(29, true) + "结好20周年。"
                + "全年接待来访团组2批18人次，派出出访团组1批8人次，举办交流活动1场，签署合作协议1项，开展合作项目1个。"
                + "获得“交流合作奖”。有3对友好关系已3年以上无交流往来。";
        assertThat(r.get("summary").get("zh").asText()).isEqualTo(expectedZh);
        String expectedEn = "At the end of 2025, Qingdao with its counties and districts had 6 sister cities and "
                + "4 partner cities in 6 countries on 5 continents; 1 intent besides. New in 2025: 2 sister cities, "
                + "1 partner city, 1 intent (Test 7, Germany; Test 5, United States; Test 6, Kenya; Test 28, Russia). "
                + "Firsts: Test 6 is the first tie in Kenya of Shandong; Test 28 is the first tie in Europe of "
                + "Qingdao. Anniversaries in 2025: 20th with Test 29, Japan. In the year: 2 delegations received "
                + "(18 person-times), 1 delegation sent (8 person-times), 1 event, 1 agreement, 1 project. Awards: "
                + "“交流合作奖”. 3 ties have seen no exchange for 3 years or more.";
        assertThat(r.get("summary").get("en").asText()).isEqualTo(expectedEn);

        // the same paragraph and figures in the workbook and the PDF
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report(qd, "xlsx", "zh", null)))) {
            List<Row> sheet = wb.getSheets().toList().get(0).read();
            assertThat(sheet.get(0).getCellText(1)).isEqualTo(expectedZh);
            assertThat(sheet.get(1).getCellText(1)).isEqualTo("全市");
            List<Integer> counts = new ArrayList<>();
            for (int i = 5; i < 12; i++) {
                counts.add(sheet.get(i).getCellAsNumber(1).orElseThrow().intValue());
            }
            assertThat(counts).containsExactly(6, 4, 1, 0, 10, 6, 5);
            List<Row> roster = wb.getSheets().toList().get(3).read();
            assertThat(roster).hasSize(1 + 11);
            assertThat(roster.stream().map(x -> x.getCellText(8))).contains("胶州市", "青岛市");
        }
        try (PDDocument pdf = Loader.loadPDF(report(qd, "pdf", "zh", null))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(expectedZh, "全市（含所辖县、市、区）", "胶州市");
        }
    }

    @Test
    void theOwnLevelSummaryLeavesTheCountiesOut() throws Exception {
        JsonNode r = json.readTree(report(qd, "json", "zh", "own"));
        // 本级: 青岛's own ties and exchanges (the figures of everyFigureOfTheOwnLevelJsonReportIsTheHandComputedOne);
        // 胶州's j1, j2 and its delegation are not in it, nor j2's twentieth anniversary
        String expectedZh = "截至2025年底，青岛市本级共缔结国际友好城市5对、友好交流城市3对，遍及5个国家、四个大洲；"
                + "另有结好意向1个。2025年新增国际友好城市1对、友好交流城市1对、结好意向1个：德国" + partner(7, true)
                + "、美国" + partner(5, true) + "、肯尼亚" + partner(6, true) + "。实现了山东省在肯尼亚的零的突破（"
                + partner(6, true) + "）。全年接待来访团组1批12人次，派出出访团组1批8人次，举办交流活动1场，签署合作协议1项，"
                + "开展合作项目1个。获得“交流合作奖”。有2对友好关系已3年以上无交流往来。";
        assertThat(r.get("summary").get("zh").asText()).isEqualTo(expectedZh);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report(qd, "xlsx", "zh", "own")))) {
            List<Row> sheet = wb.getSheets().toList().get(0).read();
            assertThat(sheet.get(0).getCellText(1)).isEqualTo(expectedZh);
            assertThat(sheet.get(1).getCellText(1)).isEqualTo("本级");
            List<Integer> counts = new ArrayList<>();
            for (int i = 5; i < 12; i++) {
                counts.add(sheet.get(i).getCellAsNumber(1).orElseThrow().intValue());
            }
            assertThat(counts).containsExactly(5, 3, 1, 0, 8, 5, 4);
            assertThat(wb.getSheets().toList().get(3).read()).hasSize(1 + 9);
        }
        try (PDDocument pdf = Loader.loadPDF(report(qd, "pdf", "zh", "own"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(expectedZh, "本级（不含所辖县、市、区）").doesNotContain("胶州市");
        }
    }

    @Test
    void theSameReportServesAProvinceAndACounty() throws Exception {
        // 山东省 with everything under it: 青岛 (5 sister, 3 partner, 1 intent), 胶州 (1, 1), 济南 (2, 1), 烟台 (0, 11)
        JsonNode shandong = json.readTree(report(f.id("CN-370000"), "json", "zh", null));
        JsonNode c = shandong.get("profile").get("counts");
        assertThat(List.of(
                        c.get("sister").asInt(),
                        c.get("partner").asInt(),
                        c.get("intent").asInt(),
                        c.get("total").asInt(),
                        c.get("countries").asInt(),
                        c.get("continents").asInt()))
                .containsExactly(8, 16, 1, 24, 8, 5);
        assertThat(shandong.get("profile").get("scope_zh").asText()).isEqualTo("全省");
        assertThat(shandong.get("summary").get("zh").asText())
                .startsWith("截至2025年底，全省共缔结国际友好城市8对、" + "友好交流城市16对，遍及8个国家、五大洲");
        // 胶州市, a county-level city: its own two ties
        long jz = f.id(Fixture.JIAOZHOU);
        JsonNode jiaozhou = json.readTree(report(jz, "json", "zh", null));
        c = jiaozhou.get("profile").get("counts");
        assertThat(List.of(
                        c.get("sister").asInt(),
                        c.get("partner").asInt(),
                        c.get("total").asInt(),
                        c.get("countries").asInt(),
                        c.get("continents").asInt()))
                .containsExactly(1, 1, 2, 2, 2);
        assertThat(jiaozhou.get("summary").get("zh").asText())
                .startsWith("截至2025年底，全市共缔结国际友好城市1对、" + "友好交流城市1对，遍及2个国家、两个大洲。");
        try (PDDocument pdf = Loader.loadPDF(report(jz, "pdf", "zh", null))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("胶州市2025年度");
        }
    }

    @Test
    void aPlaceWithoutAnyExchangeSaysDormancyNeedsTheLedger() throws Exception {
        JsonNode suzhou = json.readTree(report(f.id(Fixture.SUZHOU), "json", "zh", null));
        assertThat(suzhou.get("ledger_kept").asBoolean()).isFalse();
        assertThat(suzhou.get("dormant")).isEmpty();
        assertThat(new String(
                        report(f.id(Fixture.SUZHOU), "html", "zh", null), java.nio.charset.StandardCharsets.UTF_8))
                .contains("id=\"dormancy-needs-ledger\"", "休眠判断需要交流台账");
    }

    @Test
    void thePdfHasTheMapOnItsFirstPageAndTheChartsOnItsSecond() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report("pdf", "zh"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("青岛市2025年度国际友好城市工作报告", "零的突破", "肯尼亚");
            PDFRenderer renderer = new PDFRenderer(pdf);
            BufferedImage first = renderer.renderImageWithDPI(0, 100);
            BufferedImage second = renderer.renderImageWithDPI(1, 60);
            ImageIO.write(first, "png", new File("target/report-page1.png"));
            ImageIO.write(second, "png", new File("target/report-page2.png"));
            int h = first.getHeight();
            // the map: land below the title and the figures (the top fifth of page 1), and the partners on it
            assertThat(share(first, 0, h / 5, h, 0xCCD9C4)).isGreaterThan(0.02);
            assertThat(share(first, 0, 0, h / 5, 0xCCD9C4)).isLessThan(0.001);
            assertThat(share(first, 0, h / 5, h, 0xC0392B)).isGreaterThan(0.00002); // some 15 pixels of sister dots
            // the continent bars in the upper half of page 2, the growth line in its lower half
            int h2 = second.getHeight();
            assertThat(share(second, 0, 0, h2 / 2, 0x2E86C1)).isGreaterThan(0.01);
            assertThat(share(second, 0, h2 / 2, h2, 0x1E8449)).isGreaterThan(0.0002);
            assertThat(share(second, 0, h2 / 2, h2, 0x2E86C1)).isLessThan(0.0005);
        }
    }

    @Test
    void everyPageIsNumberedNoneButTheLastIsHalfEmptyAndAccentedNamesPrint() throws Exception {
        db.sql("update place set name_en = 'Iași' where name_zh = :n")
                .param("n", partner(28, true))
                .update();
        for (String lang : List.of("zh", "en")) {
            try (PDDocument pdf = Loader.loadPDF(report(qd, "pdf", lang, null))) {
                int n = pdf.getNumberOfPages();
                assertThat(n).isGreaterThanOrEqualTo(3);
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int i = 0; i < n; i++) {
                    PDFTextStripper page = new PDFTextStripper();
                    page.setStartPage(i + 1);
                    page.setEndPage(i + 1);
                    assertThat(page.getText(pdf)).as(lang + " page " + (i + 1)).contains((i + 1) + " / " + n);
                    if (i < n - 1) {
                        BufferedImage img = renderer.renderImageWithDPI(i, 40);
                        // the body ends above the footer (18 mm of 297); it must reach past 60 % of the page
                        int footer = img.getHeight() * (297 - 18) / 297;
                        assertThat(lastInkRow(img, footer))
                                .as(lang + " page " + (i + 1) + " filled")
                                .isGreaterThan(img.getHeight() * 6 / 10);
                    }
                }
                if (lang.equals("en")) {
                    ImageIO.write(renderer.renderImageWithDPI(0, 70), "png", new File("target/report-en-page1.png"));
                    assertThat(new PDFTextStripper().getText(pdf))
                            .contains("Iași")
                            .doesNotContain("Ia#i");
                }
            }
        }
    }

    /** The lowest row above a limit with a pixel that is not white. */
    static int lastInkRow(BufferedImage img, int below) {
        for (int y = below - 1; y >= 0; y--) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) < 0xF0F0F0) {
                    return y;
                }
            }
        }
        return 0;
    }

    /** The share of pixels in rows [from, to) within a small distance of a colour. */
    static double share(BufferedImage img, int x0, int from, int to, int rgb) {
        int hits = 0;
        for (int y = from; y < to; y++) {
            for (int x = x0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= 8
                        && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) <= 8
                        && Math.abs((p & 255) - (rgb & 255)) <= 8) {
                    hits++;
                }
            }
        }
        return hits / (double) ((to - from) * (img.getWidth() - x0));
    }

    @Test
    void theWorkbookReadsBack() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report("xlsx", "en")))) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            assertThat(names)
                    .containsExactly(
                            "Summary",
                            "Figures",
                            "Activities",
                            "Ties",
                            "New",
                            "Firsts",
                            "Anniversaries",
                            "Layout",
                            "Dormant");
            // the whole city (the default): 青岛 with 胶州
            List<Row> figures = wb.getSheets().toList().get(1).read();
            assertThat(figures.get(0).getCellText(0)).isEqualTo("Figure");
            assertThat(figures.get(1).getCellText(0)).isEqualTo("Ties in total");
            assertThat(figures.get(1).getCellAsNumber(1).orElseThrow().intValue())
                    .isEqualTo(10);
            List<Row> activities = wb.getSheets().toList().get(2).read();
            assertThat(activities.get(3).getCellText(0)).isEqualTo("Person-times");
            assertThat(activities.get(3).getCellAsNumber(1).orElseThrow().intValue())
                    .isEqualTo(26);
            List<Row> ties = wb.getSheets().toList().get(3).read();
            assertThat(ties).hasSize(1 + 11);
            List<Row> layout = wb.getSheets().toList().get(7).read();
            assertThat(layout.get(1).getCellText(0)).isEqualTo("japan_korea");
            assertThat(layout.get(1).getCellAsNumber(4).orElseThrow().intValue())
                    .isEqualTo(2); // 6 of 8
            List<Row> firsts = wb.getSheets().toList().get(5).read();
            assertThat(firsts.get(5).getCellText(1)).isEqualTo("KE");
            assertThat(firsts.get(6).getCellText(1)).isEqualTo("RU");
        }
    }

    @Test
    void aPlaceWithOnlyReferenceTiesSaysSoInTheHtmlThePdfTheWorkbookAndTheJson() throws Exception {
        long xian = placeId("CN-610100");
        ReferenceTies.add(db, xian, placeId("Q35765"));
        ReferenceTies.add(db, xian, placeId("Q203308"));
        // the network was loaded today and gives no dates: the year in progress is the first it stands in
        int now = java.time.LocalDate.now().getYear();

        String zh = new String(report(xian, "html", "zh", null, now), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zh).contains("统计依据：尚无本单位记录，数字来自参考数据（维基数据），待核实", "结好关系（待核实）");
        String en = new String(report(xian, "html", "en", null, now), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en)
                .contains(
                        "Counted from: no records of its own: figures from reference data (Wikidata), " + "unverified",
                        "Ties (unverified)");
        try (PDDocument pdf = Loader.loadPDF(report(xian, "pdf", "zh", null, now))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("尚无本单位记录，数字来自参考数据（维基数据），待核实");
        }
        JsonNode c = json.readTree(report(xian, "json", "zh", null, now))
                .get("profile")
                .get("counts");
        assertThat(List.of(
                        c.get("sister").asInt(),
                        c.get("unverified").asInt(),
                        c.get("total").asInt()))
                .containsExactly(0, 2, 2);
        assertThat(c.get("basis").asText()).isEqualTo("reference");
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(report(xian, "xlsx", "en", null, now)))) {
            List<String> cells = wb.getSheets().toList().get(0).read().stream()
                    .map(r -> r.getCellText(0))
                    .toList();
            assertThat(cells)
                    .contains(
                            "Ties (unverified)",
                            "Counted from: no records of its own: figures from "
                                    + "reference data (Wikidata), unverified");
        }
        // before the registry knew them, they stood nowhere: the last complete year counts nothing, and says why
        JsonNode before =
                json.readTree(report(xian, "json", "zh", null, now - 1)).get("profile");
        assertThat(before.get("counts").get("total").asInt()).isZero();
        assertThat(before.get("undated_later")).hasSize(2);
        // a place with records of its own says that instead, and shows no unverified column
        String qingdao = new String(report("html", "zh"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(qingdao).contains("统计依据：按本单位记录统计").doesNotContain("结好关系（待核实）");
    }

    private long placeId(String code) {
        return db.sql("select id from place where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    @Test
    void theHtmlIsInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        String zh = new String(report("html", "zh"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zh).contains("青岛市2025年度国际友好城市工作报告", "data:image/png;base64,", "肯尼亚");
        String en = new String(report("html", "en"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("International friendship cities of Qingdao: year-end report 2025", "Kenya");
    }

    @Test
    void thePagesShowTheRankingAndTheReport() throws Exception {
        String ranking = mvc.perform(
                        get("/rankings").param("level", "prefecture").param("year", "2025"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ranking).contains("id=\"ranking-table\"", "青岛市", "山东省", "市长级以上团组");
        assertThat(ranking.indexOf("青岛市")).isLessThan(ranking.indexOf("济南市"));
        MvcResult page = mvc.perform(get("/places/" + qd + "/report").param("year", "2025"))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("img-src data:")
                .doesNotContain("script-src");
        assertThat(page.getResponse().getContentAsString()).contains("青岛市2025年度国际友好城市工作报告");
        MvcResult pdf = mvc.perform(
                        get("/places/" + qd + "/report").param("year", "2025").param("format", "pdf"))
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(mvc.perform(get("/places/" + qd)).andReturn().getResponse().getContentAsString())
                .contains("id=\"year-report\"", "id=\"ranking-link\"");
    }

    @Test
    void badParametersNameTheirField() throws Exception {
        for (String[] bad :
                List.of(new String[] {"format", "docx"}, new String[] {"lang", "fr"}, new String[] {"year", "20250"})) {
            MvcResult r = mvc.perform(get("/api/v1/places/" + qd + "/report").param(bad[0], bad[1]))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(json.readTree(r.getResponse().getContentAsString())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo(bad[0]);
            // the page reads the same value with the same reader: 400 naming the field, not 404
            MvcResult page = mvc.perform(get("/places/" + qd + "/report").param(bad[0], bad[1]))
                    .andReturn();
            if (!bad[0].equals("lang")) { // the page's language is the visitor's, not a parameter
                assertThat(page.getResponse().getStatus()).as(bad[0]).isEqualTo(400);
                assertThat(page.getResponse().getContentAsString()).contains(bad[0]);
            }
        }
        assertThat(mvc.perform(get("/api/v1/rankings/galaxy"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        MvcResult ranking =
                mvc.perform(get("/rankings").param("level", "galaxy")).andReturn();
        assertThat(ranking.getResponse().getStatus()).isEqualTo(400);
        assertThat(ranking.getResponse().getContentAsString()).contains("level");
        MockMvc admin = TestAccounts.withToken(ctx, TestAccounts.admin(ctx));
        MvcResult r = admin.perform(put("/api/v1/places/" + qd + "/strategy")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regions\": [{\"region\": \"atlantis\", \"verb\": \"deepen\"}]}"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("regions[0].region");
        // without an account the plan cannot be changed
        r = mvc.perform(put("/api/v1/places/" + qd + "/strategy")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regions\": []}"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
    }
}
