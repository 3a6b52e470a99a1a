package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round nine, on sentences written for these tests (never taken from an article): the
 * fallback for a foreign place in a tie word's clause, the left-out subject read from the paragraph, tables whose cells
 * are parted by spaces, and words that name no place (continents, a personal name that begins with a Chinese place).
 */
class GeneralReadingTests {

    private static List<String> read(String text) {
        return TiePatternTests.read(text);
    }

    @Test
    void aForeignPlaceInATieWordsClauseIsThePlacesPartner() {
        assertThat(read("青岛市外事工作\n会上,来自日本下关市的友城代表介绍了当地的旅游资源。")).containsExactly("青岛市|下关市|日本|sister|null|cue-clause");
    }

    @Test
    void theFallbackReadsNothingWithoutATieOfOurs() {
        // a delegation's visit: no tie word
        assertThat(read("青岛市外事工作\n会上,来自日本下关市的代表团介绍了当地的旅游资源。")).isEmpty();
        // two foreign places tied to each other
        assertThat(read("青岛市外事工作\n日本下关市和美国纽约结为世界上最早的友好城市之一。")).isEmpty();
        // a count of companies, and a foreign city named in another clause than the tie word
        assertThat(read("青岛市外事工作\n青岛市共有日本下关市的企业120家,友好城市交流日益密切。")).isEmpty();
    }

    @Test
    void theLeftOutSubjectIsTheParagraphsNotTheArticlesMostNamed() {
        assertThat(read("山东省外事工作\n目前,青岛市已与28个国家建立友好城市关系。其中,与日本下关市、美国纽约是最早缔结友好城市关系的城市。"))
                .containsExactly("青岛市|下关市|日本|sister|null|elided-subject", "青岛市|纽约|美国|sister|null|elided-subject");
        // with no subject in the paragraph, the article's own place
        assertThat(read("山东省外事工作\n近年来交流频繁。\n目前已与日本和歌山正式缔结友好省县关系。"))
                .containsExactly("山东省|和歌山|日本|sister|null|elided-subject");
    }

    @Test
    void aTableWhoseCellsArePartedBySpacesAndNoContinentAsAPartner() {
        List<String> ties = read("青岛市国际友好城市列表\n截至2020年,青岛市已与2个国家建立2对友好城市。\n城市 国家 大洲 结好日期\n"
                + "下关市   日本 亚洲 1979年10月3日\n纽约   美国 北美洲 1980年5月1日\n");
        assertThat(ties).hasSize(2);
        assertThat(ties.get(0)).startsWith("青岛市|下关市|").endsWith("|list-row");
        assertThat(ties.get(1)).startsWith("青岛市|纽约|").endsWith("|list-row");
        // prose after ordinary text is no table row, spaces or not
        assertThat(read("青岛市今年接待外宾3000人次。\n下关市   日本 亚洲\n")).isEmpty();
    }

    @Test
    void aPersonalNameThatBeginsWithAChinesePlaceIsNoPlace() {
        assertThat(read("美国纽约代表团团长长沙罗·米勒与扬州市签署了建立友好城市关系意向书。")).noneMatch(t -> t.startsWith("长沙"));
        // the name alone at the head of its clause, where a Chinese place would be the subject
        assertThat(read("长沙罗·米勒表示,美国纽约愿与中国城市结为友好城市。")).noneMatch(t -> t.startsWith("长沙"));
    }

    @Test
    void tieWordsOfJapaneseAndKoreanUsageAndAgreementsOfFriendship() {
        assertThat(read("扬州市与韩国群山市签署了友好都市的合作协议。")).containsExactly("扬州市|群山市|韩国|sister|null|connector");
        assertThat(read("长沙市与俄罗斯彼尔姆签署建立友好关系协议书。")).containsExactly("长沙市|彼尔姆|俄罗斯|partner|null|connector");
        // a process started is a plan, not a tie
        assertThat(read("长沙市与美国纽约正式启动了缔结友好城市关系的进程。")).containsExactly("长沙市|纽约|美国|intent|null|connector");
    }
}
