package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.youcheng.support.OnH2;

/**
 * What a page ships: scripts and styles under names that carry a hash of their content, kept by browsers for a
 * year, at most 1.5 MB of JavaScript and CSS per page (the world map, a script too, included). (Compression is Tomcat's,
 * checked by the browser benchmark and the README's figures: MockMvc has no connector.)
 */
@OnH2
class StaticAssetsTests {

    static final long BUDGET = 1_500_000;
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"");

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageShipsAtMostItsBudgetOfScriptsAndStylesUnderHashedNamesKeptForAYear() throws Exception {
        for (String page : List.of("/", "/places/1", "/places/1/network", "/search?q=qingdao", "/login")) {
            String html = mvc.perform(get(page))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            long bytes = 0;
            List<String> assets = new ArrayList<>();
            Matcher m = ASSET.matcher(html);
            while (m.find()) {
                assets.add(m.group(1));
            }
            assertThat(assets).as(page).isNotEmpty();
            for (String asset : assets) {
                assertThat(asset).as(asset).matches(".*-[0-9a-f]{12,32}\\.(js|css)");
                MvcResult r = mvc.perform(get(asset)).andExpect(status().isOk()).andReturn();
                assertThat(r.getResponse().getHeader("Cache-Control")).as(asset).contains("max-age=31536000");
                bytes += r.getResponse().getContentAsByteArray().length;
            }
            assertThat(bytes).as("JavaScript and CSS of " + page).isPositive().isLessThanOrEqualTo(BUDGET);
        }
    }

    @Autowired
    org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;

    @Test
    void onlyTheStaticFoldersAreLookedUpAsFilesNotEveryLinkAPageWrites() {
        // a catch-all /** made every link to a place or tie a search of the class path (37 % of the place page)
        assertThat(resourceUrls.getHandlerMap().keySet())
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/vendor/**", "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/places/1")).isNull();
        assertThat(resourceUrls.getForLookupPath("/css/youcheng.css")).matches("/css/youcheng-[0-9a-f]{32}\\.css");
    }

    @Test
    void theWorldMapIsAScriptOfGeoJson() throws Exception {
        String html = mvc.perform(get("/places/1")).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("src=\"(/maps/world-[0-9a-f]+\\.js)\"").matcher(html);
        assertThat(m.find()).isTrue();
        String json = mvc.perform(get(m.group(1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .startsWith("window.youchengWorld={\"type\":\"FeatureCollection\"")
                .endsWith("};")
                .contains("\"type\":\"MultiPolygon\"");
    }
}
