package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-four, on sentences written for these tests (never taken from an article): a numbered
 * demonstrative that stands for the foreign places just listed, tied one by one to the Chinese places after 分别与; a
 * region before its capital; 友省; a foreign name before 被; an interpunct between two places; a venue with its hall;
 * a memorandum of friendly exchange and cooperation; totals: a selection of ties, 25国40城, an ordinal in quotes and the
 * count of the ties before it, and the place as the total's own statement writes it.
 */
class RoundThirtyFourReadingTests {

    /** place|sister|partner|all|countries|asOf */
    private static List<String> totals(String text) {
        return TotalFinderTests.totals(text);
    }

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aNumberedDemonstrativeForForeignPlacesListedTiesThemOneByOneAfterRespectively() {
        assertThat(read("日本三位市长分别来自横滨市、丰川市和盛冈市,这3个市分别与扬州市、长沙市、青岛市结为友城。"))
                .containsExactlyInAnyOrder(
                        "扬州市|横滨市|日本|sister|plural-demonstrative",
                        "长沙市|丰川市|日本|sister|plural-demonstrative",
                        "青岛市|盛冈市|日本|sister|plural-demonstrative");
        // as many Chinese places as the number says, or no pairing
        assertThat(read("日本三位市长分别来自横滨市、丰川市和盛冈市,这2个市分别与扬州市、长沙市、青岛市结为友城。"))
                .noneMatch(t -> t.endsWith("plural-demonstrative"));
        // exchanges, not ties: nothing
        assertThat(read("日本三位市长分别来自横滨市、丰川市和盛冈市,这3个市分别与扬州市、长沙市、青岛市开展了交流。")).isEmpty();
    }

    @Test
    void aRegionBeforeItsCapitalQualifiesTheCapital() {
        assertThat(read("长沙市与加利福尼亚州首府萨利纳斯市结为友好城市。")).containsExactly("长沙市|萨利纳斯市|美国|sister|connector");
    }

    @Test
    void aFriendProvinceIsASisterTie() {
        assertThat(read("日本和歌山县知事率团访问友省黑龙江省。")).containsExactly("黑龙江省|和歌山县|日本|sister|foreign-owner");
        assertThat(read("日本和歌山县知事率团访问黑龙江省。")).isEmpty();
    }

    @Test
    void aForeignNameEndsBeforeThePassiveMarker() {
        assertThat(read("扬州市与波尔图被誉为友好城市的典范。")).containsExactly("扬州市|波尔图|null|sister|connector");
    }

    @Test
    void anInterpunctBetweenAChinesePlaceAndAForeignOneJoinsPlacesNotAPersonsName() {
        assertThat(read("扬州·波尔图文化节开幕。扬州市与波尔图是友好城市。")).containsExactly("扬州市|波尔图|null|sister|connector");
        // a person's name: the name is the person's wherever it stands alone
        assertThat(read("若昂·波尔图先生访问扬州。扬州市与波尔图是友好城市。")).isEmpty();
    }

    @Test
    void aVenueWithItsHallIsNoSideOfTheTie() {
        assertThat(read("长沙市委书记与日本丰川市市长在天津迎宾馆签署了缔结友好城市协议。")).containsExactly("长沙市|丰川市|日本|sister|connector");
        assertThat(read("长沙市与丰川市交往密切。市委书记与日本丰川市市长在天津迎宾馆签署了缔结友好城市协议。")).noneMatch(t -> t.startsWith("天津"));
    }

    @Test
    void aMemorandumOfFriendlyExchangeAndCooperationIsAPartnerTie() {
        assertThat(read("长沙市和日本丰川市共同签署了开展友好交流合作的备忘录。")).containsExactly("长沙市|丰川市|日本|partner|connector");
        // the exchange itself, no document: nothing
        assertThat(read("长沙市和日本丰川市将加强友好交流合作。")).isEmpty();
    }

    @Test
    void aSelectionOfTiesIsNoTotal() {
        assertThat(totals("长沙市有国际友好城市20个。小编选取了其中的5对友好城市。")).containsExactly("长沙市|20|null|null|null|null");
    }

    @Test
    void countriesAndCitiesWrittenShortAfterATieWithACityOfACountry() {
        assertThat(totals("自1985年与美国奥克斯纳德市缔结首个国际友城以来,长沙已与25国40城建立友好关系。")).containsExactly("长沙|null|null|40|25|null");
        // the country alone is the part counted (与美国…): no total of the place
        assertThat(totals("长沙高度重视与美国的交往,已建立2对友城。")).isEmpty();
    }

    @Test
    void anOrdinalInQuotesIsTheTotalAndTheCountOneLessBeforeItIsNot() {
        assertThat(totals("日本丰川市是长沙市缔结的第七个“国际友好城市”。此前长沙市已先后与美国纽约、日本横滨市等六个外国城市缔结友城关系。"))
                .containsExactly("长沙市|7|null|null|null|null");
    }

    @Test
    void aTotalNamesItsPlaceAsItsOwnStatementWritesIt() {
        assertThat(totals("城步苗族自治县位于湖南省西南部。城步县已与3个国外城市缔结友好城市关系。")).containsExactly("城步县|3|null|null|null|null");
    }
}
