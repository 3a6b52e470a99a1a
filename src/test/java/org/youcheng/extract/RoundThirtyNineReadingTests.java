package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-nine, on sentences written for these tests (never taken from an article): the
 * Chinese places listed after 是 (B是A及C的姊妹市), an epithet with an ordinal before a name (第一大城), two foreign places
 * tied to each other with an adverb between (率先和), clauses of time and source before a foreign subject, a vote that
 * approves a tie, an intention that is an event's (即将开幕的…), the partner words 框架备忘录 and 协定, and a name
 * written after its region found again without it.
 */
class RoundThirtyNineReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void everyChinesePlaceListedBeforeTheTieNoun() {
        assertThat(read("日本横滨市是上海市及青岛市的友好城市。")).containsExactly("上海市|横滨市|日本|sister|become", "青岛市|横滨市|日本|sister|become");
        // not a list of the tie's sides: 的 does not end it
        assertThat(read("日本横滨市是上海市友好城市,青岛市代表团出席。")).containsExactly("上海市|横滨市|日本|sister|become");
    }

    @Test
    void anEpithetWithAnOrdinalEndsBeforeTheName() {
        assertThat(read("美国加利福尼亚州第一大城奥克斯纳德市是上海市的姊妹市。")).containsExactly("上海市|奥克斯纳德市|美国|sister|become");
    }

    @Test
    void twoForeignPlacesTiedToEachOtherAreNotOurs() {
        assertThat(read("上海市外事\n那时日本横滨市率先和德国德累斯顿结为友好城市。")).isEmpty();
    }

    @Test
    void clausesOfTimeAndSourceBeforeAForeignSubject() {
        assertThat(read("上海市外事\n据悉,早在2008年,日本横滨市就已重视中国的发展,与中国上海市缔结友好城市关系。"))
                .containsExactly("上海市|横滨市|日本|sister|foreign-subject");
        // a clause with a subject of its own before it: not a lead-in
        assertThat(read("上海市外事\n代表团指出,日本横滨市重视中国的发展,与中国上海市缔结友好城市关系。")).noneMatch(t -> t.endsWith("foreign-subject"));
    }

    @Test
    void aVoteThatApprovesATieMakesAnIntent() {
        assertThat(read("美国奥克斯纳德市议会全票通过奥克斯纳德市与中国上海市建立友好城市关系。"))
                .allMatch(t -> t.contains("|intent|"))
                .isNotEmpty();
    }

    @Test
    void anIntentionThatIsAnEventsIsNotTheTies() {
        assertThat(read("即将开幕的冬奥会将在日本横滨市的友城中国上海市举行。"))
                .allMatch(t -> t.contains("|sister|"))
                .isNotEmpty();
        assertThat(read("上海市即将与日本横滨市缔结友好城市关系。"))
                .allMatch(t -> t.contains("|intent|"))
                .isNotEmpty();
    }

    @Test
    void frameworkMemorandaAndAgreementsArePartnerWords() {
        assertThat(read("澳门特别行政区与葡萄牙波尔图签署友好合作框架备忘录。")).containsExactly("澳门特别行政区|波尔图|葡萄牙|partner|connector");
        assertThat(read("上海市与日本横滨市签署友好交流协定。")).containsExactly("上海市|横滨市|日本|partner|connector");
    }

    @Test
    void aNameWrittenAfterItsRegionIsFoundAgainWithoutIt() {
        // a region written without its suffix (和歌山): the name after it is not its last unit
        assertThat(read("上海市外事\n日本和歌山纪之川市代表团来访。纪之川是一座古城,与中国上海市结为友好城市。"))
                .containsExactly("上海市|和歌山纪之川市|日本|sister|foreign-subject");
    }
}
