package org.youcheng.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
        assertThat(admin.perform(put("/api/v1/places/" + qd + "/strategy").contentType(MediaType.APPLICATION_JSON)
                .content(plan)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    byte[] report(String format, String lang) throws Exception {
        return report(qd, format, lang);
    }

    byte[] report(long place, String format, String lang) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/places/" + place + "/report").param("year", "2025")
                .param("format", format).param("lang", lang)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsByteArray();
    }

    List<Long> ids(JsonNode lines) {
        List<Long> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.has("tie") ? l.get("tie").get("tie_id").asLong() : l.get("tie_id").asLong()));
        return out;
    }

    List<Long> ties(String... names) {
        return java.util.Arrays.stream(names).map(f.tie::get).toList();
    }

    @Test
    void everyFigureOfTheJsonReportIsTheHandComputedOne() throws Exception {
        JsonNode r = json.readTree(report("json", "zh"));
        JsonNode p = r.get("profile");
        assertThat(p.get("year").asInt()).isEqualTo(2025);
        JsonNode c = p.get("counts");
        assertThat(List.of(c.get("sister").asInt(), c.get("partner").asInt(), c.get("intent").asInt(),
                c.get("total").asInt(), c.get("countries").asInt(), c.get("continents").asInt()))
                .containsExactly(5, 4, 1, 10, 7, 5);
        assertThat(json.convertValue(c.get("by_continent"), Map.class)).isEqualTo(Map.of("asia", 5,
                "north_america", 1, "africa", 1, "europe", 2, "oceania", 1));
        // every standing tie, oldest signing first, the undated last
        assertThat(ids(r.get("ties"))).isEqualTo(ties("t1", "t3", "t10", "t2", "t12", "t11", "t7", "t5", "t6", "t8"));
        assertThat(ids(p.get("new_ties"))).isEqualTo(ties("t7", "t5", "t6"));
        assertThat(ids(p.get("firsts_of_year"))).isEqualTo(ties("t6"));
        assertThat(p.get("firsts_of_year").get(0).get("country").asText()).isEqualTo("KE");
        assertThat(p.get("firsts_of_year").get(0).get("signed").asText()).isEqualTo("2025-09");
        assertThat(ids(p.get("firsts"))).isEqualTo(ties("t1", "t4", "t3", "t11", "t6"));
        // anniversaries of 2026
        assertThat(p.get("anniversaries_from").asText()).isEqualTo("2026-01-01");
        assertThat(ids(p.get("anniversaries"))).isEqualTo(ties("t2", "t10", "t11", "t1", "t3"));
        List<String> on = new ArrayList<>();
        p.get("anniversaries").forEach(a -> on.add(a.get("years").asInt() + "@" + a.get("on").asText()));
        assertThat(on).containsExactly("10@2026", "25@2026-01-01", "5@2026-01-01", "50@2026-05-10", "30@2026-12");
        // the layout: 日韩 5 of 8, 非洲 1 of 3 with KE new this year and EG (济南's) first of the openings
        JsonNode l = p.get("layout");
        assertThat(l.get(0).get("region").asText()).isEqualTo("japan_korea");
        assertThat(List.of(l.get(0).get("now").asInt(), l.get(0).get("target").asInt(), l.get(0).get("gap").asInt(),
                l.get(0).get("new_ties").asInt())).containsExactly(5, 8, 3, 0);
        assertThat(l.get(0).get("verb").asText()).isEqualTo("deepen");
        assertThat(List.of(l.get(1).get("now").asInt(), l.get(1).get("target").asInt(), l.get(1).get("gap").asInt(),
                l.get(1).get("new_ties").asInt())).containsExactly(1, 3, 2, 1);
        assertThat(l.get(1).get("openings").get(0).get("country").asText()).isEqualTo("EG");
        assertThat(l.get(1).get("openings").get(0).get("peers").asInt()).isEqualTo(1);
        // the ledger's 2025: a mayor's delegation of 12 received, a vice mayor's of 8 sent, a culture week, a
        // memorandum, the port project with its outcome (the school project is of 2024), the association's award
        JsonNode a = r.get("activities");
        assertThat(List.of(a.get("received").get("count").asInt(), a.get("sent").get("count").asInt(),
                a.get("received").get("person_times").asInt() + a.get("sent").get("person_times").asInt(),
                a.get("events").get("count").asInt(), a.get("agreements").get("count").asInt(),
                a.get("projects").get("count").asInt(), a.get("outcomes").size(), a.get("awards").size()))
                .containsExactly(1, 1, 20, 1, 1, 1, 1, 1);
        assertThat(a.get("projects").get("by_domain").get("trade").asInt()).isEqualTo(1);
        // dormant by the ledger: no activity nor signing in the three years to today, among the ties 青岛 holds
        // as the domestic side (t11 is held from the other side); an undated tie without activity is dormant
        java.time.LocalDate cutoff = java.time.LocalDate.now().minusYears(3);
        Map<String, String> last = new java.util.LinkedHashMap<>();
        last.put("t1", "2025-08-01");
        last.put("t2", "2025-07-01");
        last.put("t3", "1996-12-01");
        last.put("t5", "2025-06-15");
        last.put("t6", "2025-09-01");
        last.put("t7", "2025-01-01");
        last.put("t8", null);
        last.put("t10", "2001-01-01");
        last.put("t12", "2024-04-01");
        List<Long> dormant = new ArrayList<>();
        last.forEach((t, d) -> {
            if (d == null || java.time.LocalDate.parse(d).isBefore(cutoff)) {
                dormant.add(f.tie.get(t));
            }
        });
        assertThat(ids(r.get("dormant"))).isEqualTo(dormant).contains(f.tie.get("t3"), f.tie.get("t10"));
        // rank: first of every prefecture
        assertThat(r.get("rank").get("rank").asInt()).isEqualTo(1);
        assertThat(r.get("rank_of").asInt()).isEqualTo(f.prefectures());
        JsonNode total = p.get("peers").get(0);
        assertThat(total.get("figure").asText()).isEqualTo("total");
        assertThat(total.get("nation").get("rank").asInt()).isEqualTo(2);
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
            assertThat(share(first, 0, h / 5, h, 0xC0392B)).isGreaterThan(0.00002);   // some 15 pixels of sister dots
            // the continent bars in the upper half of page 2, the growth line in its lower half
            int h2 = second.getHeight();
            assertThat(share(second, 0, 0, h2 / 2, 0x2E86C1)).isGreaterThan(0.01);
            assertThat(share(second, 0, h2 / 2, h2, 0x1E8449)).isGreaterThan(0.0002);
            assertThat(share(second, 0, h2 / 2, h2, 0x2E86C1)).isLessThan(0.0005);
        }
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
            assertThat(names).containsExactly("Figures", "Activities", "Ties", "New", "Firsts", "Anniversaries", "Layout",
                    "Dormant");
            List<Row> figures = wb.getSheets().toList().get(0).read();
            assertThat(figures.get(0).getCellText(0)).isEqualTo("Figure");
            assertThat(figures.get(1).getCellText(0)).isEqualTo("Ties in total");
            assertThat(figures.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(10);
            List<Row> activities = wb.getSheets().toList().get(1).read();
            assertThat(activities.get(3).getCellText(0)).isEqualTo("Person-times");
            assertThat(activities.get(3).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(20);
            List<Row> ties = wb.getSheets().toList().get(2).read();
            assertThat(ties).hasSize(1 + 10);
            List<Row> layout = wb.getSheets().toList().get(6).read();
            assertThat(layout.get(1).getCellText(0)).isEqualTo("japan_korea");
            assertThat(layout.get(1).getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(3);
            List<Row> firsts = wb.getSheets().toList().get(4).read();
            assertThat(firsts.get(5).getCellText(1)).isEqualTo("KE");
        }
    }

    @Test
    void aPlaceWithOnlyReferenceTiesSaysSoInTheHtmlThePdfTheWorkbookAndTheJson() throws Exception {
        long xian = placeId("CN-610100");
        ReferenceTies.add(db, xian, placeId("Q35765"));
        ReferenceTies.add(db, xian, placeId("Q203308"));

        String zh = new String(report(xian, "html", "zh"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zh).contains("统计依据：尚无本单位记录，数字来自参考数据（维基数据），待核实", "结好关系（待核实）");
        String en = new String(report(xian, "html", "en"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("Counted from: no records of its own: figures from reference data (Wikidata), "
                + "unverified", "Ties (unverified)");
        try (PDDocument pdf = Loader.loadPDF(report(xian, "pdf", "zh"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("尚无本单位记录，数字来自参考数据（维基数据），待核实");
        }
        JsonNode c = json.readTree(report(xian, "json", "zh")).get("profile").get("counts");
        assertThat(List.of(c.get("sister").asInt(), c.get("unverified").asInt(), c.get("total").asInt()))
                .containsExactly(0, 2, 2);
        assertThat(c.get("basis").asText()).isEqualTo("reference");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report(xian, "xlsx", "en")))) {
            List<String> cells = wb.getSheets().toList().get(0).read().stream().map(r -> r.getCellText(0)).toList();
            assertThat(cells).contains("Ties (unverified)", "Counted from: no records of its own: figures from "
                    + "reference data (Wikidata), unverified");
        }
        // a place with records of its own says that instead, and shows no unverified column
        String qingdao = new String(report("html", "zh"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(qingdao).contains("统计依据：按本单位记录统计").doesNotContain("结好关系（待核实）");
    }

    private long placeId(String code) {
        return db.sql("select id from place where code = :code").param("code", code).query(Long.class).single();
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
        String ranking = mvc.perform(get("/rankings").param("level", "prefecture").param("year", "2025")).andReturn()
                .getResponse().getContentAsString();
        assertThat(ranking).contains("id=\"ranking-table\"", "青岛市", "山东省", "市长级以上团组");
        assertThat(ranking.indexOf("青岛市")).isLessThan(ranking.indexOf("济南市"));
        MvcResult page = mvc.perform(get("/places/" + qd + "/report").param("year", "2025")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("img-src data:")
                .doesNotContain("script-src");
        assertThat(page.getResponse().getContentAsString()).contains("青岛市2025年度国际友好城市工作报告");
        MvcResult pdf = mvc.perform(get("/places/" + qd + "/report").param("year", "2025").param("format", "pdf"))
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(mvc.perform(get("/places/" + qd)).andReturn().getResponse().getContentAsString())
                .contains("id=\"year-report\"", "id=\"ranking-link\"");
    }

    @Test
    void badParametersNameTheirField() throws Exception {
        for (String[] bad : List.of(new String[] {"format", "docx"}, new String[] {"lang", "fr"},
                new String[] {"year", "20250"})) {
            MvcResult r = mvc.perform(get("/api/v1/places/" + qd + "/report").param(bad[0], bad[1])).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(json.readTree(r.getResponse().getContentAsString()).get("errors").get(0).get("field")
                    .asText()).isEqualTo(bad[0]);
        }
        MockMvc admin = TestAccounts.withToken(ctx, TestAccounts.admin(ctx));
        MvcResult r = admin.perform(put("/api/v1/places/" + qd + "/strategy").contentType(MediaType.APPLICATION_JSON)
                .content("{\"regions\": [{\"region\": \"atlantis\", \"verb\": \"deepen\"}]}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("regions[0].region");
        // without an account the plan cannot be changed
        r = mvc.perform(put("/api/v1/places/" + qd + "/strategy").contentType(MediaType.APPLICATION_JSON)
                .content("{\"regions\": []}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
    }
}
