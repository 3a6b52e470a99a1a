package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youcheng.extract.internal.ScoreRules;

/** The scorer on small gold files written here, with the counts worked out by hand. */
class ExtractScorerTests {

    @TempDir
    Path dir;

    static ExtractScorer.Tie tie(String domestic, String partner, String country, String kind) {
        return new ExtractScorer.Tie(domestic, partner, country, kind);
    }

    static Map.Entry<String, List<ExtractScorer.Tie>> pred(String source, ExtractScorer.Tie... ties) {
        return new AbstractMap.SimpleEntry<>(source, List.of(ties));
    }

    Map<String, ExtractScorer.Gold> gold() throws IOException {
        Files.writeString(dir.resolve("b1.json"), """
                {"source": "x", "relations": [
                  {"domestic": "青岛市", "partner": "下关市", "partner_country": "日本", "kind": "sister"},
                  {"domestic": "青岛市", "partner": "华盛顿州塔科马市", "partner_country": "美国", "kind": "partner"},
                  {"domestic": "黄岛区", "partner": "彼尔姆市", "partner_country": "俄罗斯", "kind": "intent"}],
                 "optional": [{"domestic": "青岛市", "partner": "首尔", "partner_country": "韩国", "kind": "sister"}],
                 "totals": []}""");
        Files.writeString(dir.resolve("b2.json"), """
                {"source": "y", "relations": [
                  {"domestic": "湖南省", "partner": "北开普省", "partner_country": "南非", "kind": "sister"}],
                 "optional": [], "totals": []}""");
        return ExtractScorer.readGold(dir, new ObjectMapper());
    }

    @Test
    void namesMatchWithoutSuffixesCountryOrRegionInFront() {
        assertThat(ScoreRules.norm("青岛市", "")).isEqualTo("青岛");
        assertThat(ScoreRules.norm("日本下关市", "日本")).isEqualTo("下关");
        assertThat(ScoreRules.norm("蒙古额尔登特市", "蒙古国")).isEqualTo("额尔登特");
        assertThat(ScoreRules.norm("奥弗涅—罗讷—阿尔卑斯大区", "")).isEqualTo("奥弗涅罗讷阿尔卑斯大");
        assertThat(ScoreRules.norm("广州", "")).isEqualTo("广州");
        assertThat(ScoreRules.norm("杭州市", "")).isEqualTo("杭州");
        assertThat(ScoreRules.norm("州", "")).isEqualTo("州");
        // a gold file that keeps a traditional page's spelling matches the simplified names read from it
        assertThat(ScoreRules.norm("奧克拉荷馬州", "")).isEqualTo(ScoreRules.norm("奥克拉荷马州", ""));
        assertThat(ScoreRules.norm("日本鹿兒島縣", "日本")).isEqualTo(ScoreRules.norm("鹿儿岛县", ""));
        assertThat(ScoreRules.same("塔科马", "华盛顿州塔科马")).isTrue();
        assertThat(ScoreRules.same("马", "华盛顿州塔科马")).isFalse();
        assertThat(ScoreRules.same("", "")).isFalse();
    }

    @Test
    void optionalEntriesAndRepeatsAreNeitherRightNorWrong() throws IOException {
        ExtractScorer.Score s = ExtractScorer.score(
                gold(),
                List.of(
                        pred(
                                "articles/b1.txt",
                                tie("青岛市", "日本下关市", "日本", "sister"),
                                tie("青岛", "下关", "日本", "intent"),
                                tie("青岛市", "塔科马市", "美国", "sister"),
                                tie("青岛市", "首尔特别市", "韩国", "sister"),
                                tie("青岛市", "釜山市", "韩国", "sister")),
                        pred("elsewhere/c9.txt", tie("湖南省", "北开普省", "南非", "sister"))));
        // b1: 下关 right (kind right; the repeat with another kind is ignored), 塔科马 right pair, wrong kind,
        // 首尔 optional, 釜山 spurious, 彼尔姆 missed; b2 has no prediction (c9 is no gold file): 北开普 missed
        assertThat(s.tp()).isEqualTo(2);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(2);
        assertThat(s.tpKind()).isEqualTo(1);
        assertThat(s.fpKind()).isEqualTo(2);
        assertThat(s.fnKind()).isEqualTo(3);
        assertThat(s.withPredictions()).isEqualTo(1);
        assertThat(s.report())
                .containsExactly(
                        "b1: kind sister for ('青岛', '塔科马'), gold partner",
                        "b1: spurious ('青岛', '釜山')",
                        "b1: missed ('黄岛', '彼尔姆')",
                        "b2: missed ('湖南', '北开普')",
                        "articles=2 with_predictions=1",
                        "pairs: P=0.667 R=0.500 F1=0.571 (tp=2 fp=1 fn=2)",
                        "pairs+kind: P=0.333 R=0.250 F1=0.286",
                        "pair_f1=0.571");
    }

    @Test
    void nothingPredictedScoresZero() throws IOException {
        ExtractScorer.Score s = ExtractScorer.score(gold(), List.of());
        assertThat(s.f1()).isZero();
        assertThat(s.report()).last().isEqualTo("pair_f1=0.000");
    }

    @Test
    void roundingIsHalfToEvenOnTheExactValue() {
        assertThat(ExtractScorer.Score.f3(0.8125)).isEqualTo("0.812");
        assertThat(ExtractScorer.Score.f3(2.0 / 3)).isEqualTo("0.667");
    }
}
