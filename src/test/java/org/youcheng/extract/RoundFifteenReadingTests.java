package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round fifteen, on sentences written for these tests (never taken from an article): a name
 * followed by "since" and a year, pairs counted in one clause and listed in the next, a place's government as the
 * place, words in quotes before the connector, the levels of a tie (友好区州) that are no district, the venue of a
 * celebration, a person's name, 将军 inside a name, an organisation named after a place, an enumeration with an item
 * no scan knows, and 特别是 before an elided subject's connector. The Chinese side is named as the article writes it.
 */
class RoundFifteenReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aNameFollowedBySinceAndAYearEndsBeforeIt() {
        assertThat(read("青岛与奥克兰自2002年缔结友好城市关系以来,两市往来不断。")).containsExactly("青岛|奥克兰|null|sister|connector");
        assertThat(read("长沙与彼尔姆从2011年起结为友好城市。")).containsExactly("长沙|彼尔姆|俄罗斯|sister|connector");
    }

    @Test
    void pairsCountedInOneClauseAndListedInTheNext() {
        assertThat(read("今年长沙市新建友好城市关系3对,另外两对分别是青岛市与日本下关市、扬州市与美国纽约。"))
                .containsExactlyInAnyOrder("青岛市|下关市|日本|sister|connector", "扬州市|纽约|美国|sister|connector");
        // a count of pairs that is no subject of a list refers back to nothing
        assertThat(read("今年长沙市新建友好城市关系3对,另外两对正在洽谈中,青岛市与日本下关市交往密切。")).isEmpty();
        assertThat(ExtractorTests.EXTRACTOR.extract("t", "今年扬州市新建友好城市3对。").totals())
                .as("ties made this year are no total")
                .isEmpty();
    }

    @Test
    void aPlacesGovernmentSignsForThePlaceButAnOfficeOfItIsNoPlace() {
        assertThat(read("湖南省人民政府分别与法国鲁昂市、日本下关市签署结好意向书。"))
                .containsExactly("湖南省|鲁昂市|法国|intent|connector", "湖南省|下关市|日本|intent|connector");
        assertThat(read("长沙市政府代表团访问了日本下关市。")).isEmpty();
    }

    @Test
    void wordsInQuotesMayStandBeforeTheConnector() {
        assertThat(read("扬州市以“线上签约”方式先后与法国鲁昂市、日本下关市签署了建立友好城市意向书。"))
                .containsExactly("扬州市|鲁昂市|法国|intent|connector", "扬州市|下关市|日本|intent|connector");
    }

    @Test
    void theLevelsOfATieAreNoDistrict() {
        // 友好区 is also a district of 伊春: followed by 州 or 市 and 关系 it names the levels of the tie
        assertThat(read("内蒙古自治区与蒙古国东方省签署了缔结友好区市关系意向书,与蒙古国肯特省签署了缔结友好区州关系协议书。"))
                .containsExactly("内蒙古自治区|东方省|蒙古国|intent|connector", "内蒙古自治区|肯特省|蒙古国|sister|elided-subject");
    }

    @Test
    void theVenueOfACelebrationIsNoSide() {
        // 两市 are the sides of the tie read before, not the city where the celebration is held
        assertThat(read("长沙市与日本下关市缔结友好城市已满十年。下关市代表团经青岛抵达,出席了在青岛举办的两市结好十周年纪念活动。"))
                .containsExactly("长沙市|下关市|日本|sister|connector");
    }

    @Test
    void aPersonsNameIsNoPlace() {
        assertThat(read("长沙市市长与下关市市长约翰·奥克兰、彼尔姆市市长共同签署建立友好城市关系协议书。")).noneMatch(t -> t.contains("|奥克兰|"));
    }

    @Test
    void generalInsideANameIsNoFuture() {
        assertThat(read("长沙市与墨西哥新莱昂州萨拉戈萨将军市签署发展友好城市关系意向书。")).containsExactly("长沙市|新莱昂州萨拉戈萨将军市|墨西哥|intent|connector");
    }

    @Test
    void anEnumerationGoesOnOverAnItemNoScanKnows() {
        // the tie word stands far after the first pair: the enumeration reaches it over items no scan knows
        assertThat(read("目前,湖南省与北滨州、长沙市与日本下关市、扬州市与特鲁瓦南市、青岛市与美国纽约、江苏省与美国加利福尼亚州已结为友城。"))
                .containsExactly(
                        "湖南省|北滨州|null|sister|connector",
                        "长沙市|下关市|日本|sister|connector",
                        "扬州市|特鲁瓦南市|null|sister|connector",
                        "青岛市|纽约|美国|sister|connector",
                        "江苏省|加利福尼亚州|美国|sister|connector");
    }

    @Test
    void aNounForPlacesInGeneralAfterACountryIsNoName() {
        assertThat(read("长沙市与法国城市交往频繁,与德国地方政府合作密切,与法国鲁昂市缔结友好城市。")).containsExactly("长沙市|鲁昂市|法国|sister|elided-subject");
    }

    @Test
    void especiallyBeforeTheConnectorOfAnElidedSubject() {
        assertThat(read("长沙市与法国城市交往频繁,特别是与法国鲁昂市建立友好交流关系以来,双方合作不断。"))
                .containsExactly("长沙市|鲁昂市|法国|partner|elided-subject");
    }

    @Test
    void aNegationBetweenAWordWrittenFirstAndThePartnerDeniesTheTie() {
        assertThat(read("江苏省国际友好城市统计表中无一城市名为日本下关市。")).isEmpty();
        assertThat(read("江苏省国际友好城市中并无日本下关市。")).isEmpty();
        assertThat(read("江苏省的国际友好城市有日本下关市。")).containsExactly("江苏省|下关市|日本|sister|cue-clause");
    }

    @Test
    void localGovernmentsCountedWithATieWordAreATotal() {
        assertThat(ExtractorTests.EXTRACTOR
                        .extract("t", "近年来,湖南省与30个国家的45个地方政府建立了国际友城关系。")
                        .totals())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.place()).isEqualTo("湖南省");
                    assertThat(t.sister()).isEqualTo(45);
                    assertThat(t.countries()).isEqualTo(30);
                });
    }

    @Test
    void twoCitiesThatFormATieAreItsSidesNotATotal() {
        assertThat(ExtractorTests.EXTRACTOR
                        .extract("t", "市长在仪式上说,两座城市2015年结为友好城市以来合作不断。")
                        .totals())
                .isEmpty();
        assertThat(ExtractorTests.EXTRACTOR.extract("t", "目前长沙市已与两个城市结为友好城市。").totals())
                .singleElement()
                .satisfies(t -> assertThat(t.sister()).isEqualTo(2));
    }

    @Test
    void aNextStepOrGuidanceTowardsATieIsAnIntent() {
        assertThat(read("下一步,市外办将继续指导长沙县与日本下关市正式建立国际友好城市关系。")).containsExactly("长沙县|下关市|日本|intent|connector");
        assertThat(read("长沙县与日本下关市正式建立国际友好城市关系。")).containsExactly("长沙县|下关市|日本|sister|connector");
    }

    @Test
    void severalChinesePlacesWithSeveralPartnersAndNoPairingTieNone() {
        // which of them ties which is not written: no tie is read (the 4 x 2 pairs would be 6 wrong of 8)
        assertThat(read("长沙、青岛、扬州与日本下关市、美国纽约等友好城市共同举办了灯光秀。")).isEmpty();
        // one partner for all of them, or 分别 and lists of one length, are written
        assertThat(read("长沙市、扬州市与日本下关市结为友好城市。"))
                .containsExactly("长沙市|下关市|日本|sister|connector", "扬州市|下关市|日本|sister|connector");
        assertThat(read("长沙市、扬州市分别与日本下关市、美国纽约结为友好城市。"))
                .containsExactly("长沙市|下关市|日本|sister|connector", "扬州市|纽约|美国|sister|connector");
    }

    @Test
    void aForeignVenueIsNoPartner() {
        assertThat(read("日本下关市与中国长沙市结好十周年庆典在东京都举行。")).containsExactly("长沙市|下关市|日本|sister|reverse");
    }

    @Test
    void aLevelOfChineseCitiesIsNoName() {
        assertThat(read("长沙、青岛等15个副省级市和地级市获得友好城市交流合作奖。")).isEmpty();
    }

    @Test
    void aStatesShortFormIsTheStateNamedInFull() {
        assertThat(read("湖南省与美国加利福尼亚州结为友好省州。双方签署了湖南省和加州继续深化友好省州关系的协议。"))
                .containsExactly("湖南省|加利福尼亚州|美国|sister|connector");
    }

    @Test
    void aForeignPlacesPartnerNamedAfterItsTieWord() {
        assertThat(read("首届论坛是在奥克兰的姐妹城市中国青岛举办的。")).containsExactly("青岛|奥克兰|null|sister|reverse");
        assertThat(read("长沙与日本有着长期交往,1985年就与日本下关市结好。")).containsExactly("长沙|下关市|日本|sister|elided-subject");
    }

    /** place|sister|partner|all */
    private static List<String> totals(String text) {
        return ExtractorTests.EXTRACTOR.extract("t", text).totals().stream()
                .map(t -> t.place() + "|" + t.sister() + "|" + t.partner() + "|" + t.allPartners())
                .toList();
    }

    @Test
    void aNegationInsideANameDeniesNothing() {
        // 什未林 (Schwerin) holds 未, "not"
        assertThat(read("长沙与德国什未林市结成友好城市关系。")).containsExactly("长沙|什未林市|德国|sister|connector");
    }

    @Test
    void aKnownPlaceOfTheCountryAfter的() {
        assertThat(read("长沙市与美国的纽约市缔结为友好城市。")).containsExactly("长沙市|纽约市|美国|sister|connector");
        assertThat(read("长沙市与美国的城市交流密切。")).isEmpty();
    }

    @Test
    void theProvincialGovernmentNamedByItsLevelIsTheArticlesProvince() {
        assertThat(read("湖南省代表团抵达长沙。省政府与日本和歌山县在长沙签署友好省县关系意向书。")).containsExactly("湖南省|和歌山县|日本|intent|connector");
    }

    @Test
    void aSisterCityIsNoName() {
        assertThat(read("代表团将再次访问北京和姐妹城市青岛。")).isEmpty();
    }

    @Test
    void countsOfOneLevelAndCountsAddedBeforeTheWholeAreNoTotals() {
        assertThat(totals("截至目前,湖南已正式缔结14对省级友城关系、47对市级友城关系。")).isEmpty();
        assertThat(totals("五年来,长沙市共对外缔结国际友好城市9座,总数达40座。")).containsExactly("长沙市|40|null|null");
    }
}
