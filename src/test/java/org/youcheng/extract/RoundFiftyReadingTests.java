package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readings of round fifty, on sentences written for these tests (never taken from an article): a list after
 * 其中包括 under a heading of intent; a line broken before a dash; a place right after 在 is a venue; 促成 after 曾 is a
 * tie brought about.
 */
class RoundFiftyReadingTests {

    @Test
    void aListAfterQiZhongBaoKuoTakesTheHeadingsKindOfIntent() {
        assertThat(RoundTenReadingTests.read("已有5个城市有意愿与扬州市缔结姊妹市,其中包括日本的下关市、日本新潟市,都正在洽谈。"))
                .contains("扬州市|下关市|日本|intent|colon-list", "扬州市|新潟市|日本|intent|colon-list");
        // a heading with no wish: the kind as written
        assertThat(RoundTenReadingTests.read("扬州市已与5个城市缔结姊妹市,其中包括日本的下关市、日本新潟市。"))
                .contains("扬州市|下关市|日本|sister|colon-list");
    }

    @Test
    void aLineBrokenBeforeADashIsOneSentence() {
        String wrapped = "扬州市外事工作\n"
                + "今年三月日本发生大地震，淹没好几个城市，接着\n"
                + "火灾造成损失，更让全世界惊慌与担忧。本于同为\n"
                + "地球村的村民，加上受灾的城市包括扬州市的姐妹市\n"
                + "－下关，第一时间即指派搜救队前往日本协助救灾，\n"
                + "并成立捐款专户，发起募款活动，举行募款晚会。\n";
        assertThat(RoundTenReadingTests.read(wrapped))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("下关");
    }

    @Test
    void aPlaceRightAfterZaiIsAVenue() {
        assertThat(RoundTenReadingTests.read("代表团成员包括与市长在日本横滨会面的副会长、促成扬州市与日本下关市缔盟的副会长。"))
                .extracting(t -> t.split("\\|")[1])
                .doesNotContain("横滨市", "横滨");
    }

    @Test
    void cuChengAfterCengIsATieBroughtAbout() {
        assertThat(RoundTenReadingTests.read("藤田议员曾协助促成日本下关市与扬州市签署友好交流协定。"))
                .containsExactly("扬州市|下关市|日本|partner|reverse");
        assertThat(RoundTenReadingTests.read("藤田议员希望促成日本下关市与扬州市签署友好交流协定。"))
                .containsExactly("扬州市|下关市|日本|intent|reverse");
    }
}
