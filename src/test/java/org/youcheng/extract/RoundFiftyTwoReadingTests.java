package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readings of round fifty-two, on sentences written for these tests (never taken from an article): the foreign
 * side first with its year after 在 or to the month (X州在1983年与A…, X州于1983年4月与A…); where in its country a partner
 * lies, written between the country and the name (意大利北部的米兰); a name written right after 中国 is a part of China,
 * whatever foreign place also bears it (中国西部地区).
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
        assertThat(RoundTenReadingTests.read("总理女士访问了成都市，这有助于加强中国西部地区同德国的友好合作关系。"))
                .isEmpty();
        assertThat(RoundTenReadingTests.read("成都市与加纳西部地区结为友好城市。")).containsExactly("成都市|西部地区|加纳|sister|connector");
    }
}
