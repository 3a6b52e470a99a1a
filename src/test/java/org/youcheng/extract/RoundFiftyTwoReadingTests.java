package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readings of round fifty-two, on sentences written for these tests (never taken from an article): the foreign
 * side first with its year after 在 or to the month (X州在1983年与A…, X州于1983年4月与A…); where in its country a partner
 * lies, written between the country and the name (意大利北部的米兰); a name written right after 中国 is a part of China,
 * whatever foreign place also bears it (中国西部地区); words open data gives as towns (东北地区, 高达, 友谊); Taiwan's
 * 友谊市 a looser tie; a list of names no scan knows after 与; a mayor's name after his city.
 */
class RoundFiftyTwoReadingTests {

    @Test
    void theForeignSideFirstWithItsYearAfterZaiOrToTheMonth() {
        assertThat(RoundTenReadingTests.read("艾奥瓦州在1983年与河北省结为友好省州。")).containsExactly("河北省|艾奥瓦州|美国|sister|reverse");
        assertThat(RoundTenReadingTests.read("美国艾奥瓦州于1983年4月与河北省结为友好省州。"))
                .containsExactly("河北省|艾奥瓦州|美国|sister|reverse");
        assertThat(RoundTenReadingTests.read("艾奥瓦州于2023年3月28号与河北省结为友好省州。"))
                .containsExactly("河北省|艾奥瓦州|美国|sister|reverse");
        // a place named before 在 as where something happened, with no tie word, reads nothing
        assertThat(RoundTenReadingTests.read("艾奥瓦州在1983年与河北省开展农业交流。")).isEmpty();
    }

    @Test
    void wherePartnerLiesInItsCountryIsNoPartOfItsName() {
        assertThat(RoundTenReadingTests.read("意大利北部的米兰与上海市结为友好城市。")).containsExactly("上海市|米兰|意大利|sister|reverse");
        // the direction is also a province's name there (Ghana's 北部省): the city after it is the partner
        assertThat(RoundTenReadingTests.read("加纳北部的塔马利与成都市结为友好城市。")).containsExactly("成都市|塔马利|加纳|sister|reverse");
        assertThat(RoundTenReadingTests.read("加纳北部省与成都市结为友好省市。")).containsExactly("成都市|北部省|加纳|sister|reverse");
        assertThat(RoundTenReadingTests.read("位于美国中部的艾奥瓦州是美国的农业主产区，在1983年与河北省结成了友好省州。"))
                .containsExactly("河北省|艾奥瓦州|美国|sister|foreign-subject");
        // a direction and no known place after it: the country alone, no partner
        assertThat(RoundTenReadingTests.read("美国东部时间昨天，河北省代表团抵达纽约开展友好城市交流。")).noneMatch(t -> t.contains("部"));
    }

    @Test
    void aNameRightAfterChinaIsAPartOfChina() {
        assertThat(RoundTenReadingTests.read("总理女士访问了成都市，这有助于加强中国东北同德国的友好合作关系。"))
                .isEmpty();
        assertThat(RoundTenReadingTests.read("成都市与日本东北结为友好省县。")).containsExactly("成都市|东北|日本|sister|connector");
    }

    @Test
    void wordsThatOpenDataGivesAsTownsAreWordsInTheirPlace() {
        // a direction and 地区, with its country or alone, is a part of the country, not a region of Ghana
        assertThat(RoundTenReadingTests.read("日本西部地区强震，成都市长关心友好城市。")).isEmpty();
        assertThat(RoundTenReadingTests.read("成都市在西部地区就有仙台市等友好城市。")).containsExactly("成都市|仙台市|日本|sister|cue-clause");
        // a verb of amount before a number, and the tie word itself, are no towns
        assertThat(RoundTenReadingTests.read("成都市在日本就有仙台市等高达4个友谊市。")).containsExactly("成都市|仙台市|日本|partner|cue-clause");
    }

    @Test
    void taiwansFriendshipCityIsALooserTieAndNoEpithet() {
        assertThat(RoundTenReadingTests.read("成都市长刚从另一个日本友谊城市-仙台回来。"))
                .containsExactly("成都市|仙台|日本|partner|named-partner");
        // a verb of the dictionary after a known name ends it
        assertThat(RoundTenReadingTests.read("成都市长刚从日本友好城市仙台回来。")).containsExactly("成都市|仙台|日本|sister|named-partner");
    }

    @Test
    void aListOfNamesNoScanKnowsAfterTheConnector() {
        assertThat(RoundTenReadingTests.read("成都市与西柯纹纳市、阿卡巴达市缔盟。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("西柯纹纳市", "阿卡巴达市");
        assertThat(RoundTenReadingTests.read("成都市与西柯纹纳市、仙台市缔盟。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("西柯纹纳市", "仙台市");
    }

    @Test
    void aMayorsNameAfterHisCityIsNoPartOfIt() {
        assertThat(RoundTenReadingTests.read("成都市长与日本仙台市山田太郎市长签署友好城市协定。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("仙台市");
    }

    @Test
    void aCountOfPartnersInOnePartOfTheWorldIsNoTotal() {
        assertThat(TotalFinderTests.totals("成都市在东北地区就有4个友好城市。")).isEmpty();
        assertThat(TotalFinderTests.totals("成都市在欧洲共有12个友好城市。")).isEmpty();
        assertThat(TotalFinderTests.totals("成都市共有40个友好城市。")).containsExactly("成都市|40|null|null|null|null");
    }

    @Test
    void aPactIsTaiwansNounOfATie() {
        assertThat(RoundTenReadingTests.read("成都市与日本仙台市缔结姊妹市盟约。")).containsExactly("成都市|仙台市|日本|sister|connector");
        assertThat(RoundTenReadingTests.read("仙台市长明年来访成都，签订与仙台市的盟约。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("仙台市");
        // a pact of two countries names no places' tie
        assertThat(RoundTenReadingTests.read("日本与美国签订军事盟约。")).isEmpty();
    }

    @Test
    void foreignPlacesListedFirstTieRespectivelyAfterFenbie() {
        assertThat(RoundTenReadingTests.read("日本仙台市、下关市分别与成都市、扬州市缔结友好城市。"))
                .containsExactlyInAnyOrder("成都市|仙台市|日本|sister|reverse", "扬州市|下关市|日本|sister|reverse");
        // lists of two lengths: each foreign place with the one Chinese place, as before
        assertThat(RoundTenReadingTests.read("日本仙台市、下关市分别与成都市缔结友好城市。"))
                .containsExactlyInAnyOrder("成都市|仙台市|日本|sister|reverse", "成都市|下关市|日本|sister|reverse");
    }

    @Test
    void aDistrictOfTheArticlesOwnCityWrittenAfterBenShi() {
        assertThat(RoundTenReadingTests.read("扬州市外办消息。日本下关市、仙台市分别与本市江都区、广陵区缔结友好城市。"))
                .containsExactlyInAnyOrder("江都区|下关市|日本|sister|reverse", "广陵区|仙台市|日本|sister|reverse");
        assertThat(RoundTenReadingTests.read("扬州市外办消息。我市江都区与日本下关市缔结友好城市。"))
                .containsExactly("江都区|下关市|日本|sister|connector");
    }
}
