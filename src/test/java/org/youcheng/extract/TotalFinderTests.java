package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals of partner places, and counts that are not totals, on sentences written for these tests. */
class TotalFinderTests {

    /** place|sister|partner|all|countries|asOf */
    static List<String> totals(String text) {
        return ExtractorTests.EXTRACTOR.extract("t", text).totals().stream()
                .map(t -> t.place() + "|" + t.sister() + "|" + t.partner() + "|" + t.allPartners() + "|" + t.countries()
                        + "|" + t.asOf())
                .toList();
    }

    @Test
    void totalsOfPartnerPlacesByKind() {
        assertThat(totals("截至2023年底,长沙市已与26个国家的52个城市结为友好城市。")).containsExactly("长沙市|52|null|null|26|2023");
        assertThat(totals("长沙市现有国际友好城市18个、国际友好交流城市31个。")).containsExactly("长沙市|18|31|null|null|null");
        assertThat(totals("扬州市共有友好城市和友好交流城市48个。")).containsExactly("扬州市|null|null|48|null|null");
        assertThat(totals("青岛市已建立友城二十六对。")).containsExactly("青岛市|26|null|null|null|null");
        assertThat(totals("青岛市已与66个国家的100个城市建立了友好关系。")).containsExactly("青岛市|null|null|100|66|null");
        assertThat(totals("日本下关市成为长沙市第8个国际友好城市。")).containsExactly("长沙市|8|null|null|null|null");
    }

    @Test
    void aSentenceWithoutATieWordStatesNoTotal() {
        assertThat(totals("长沙市已与26个国家的52个城市结为友好城市。2023年,长沙市接待游客300万人次,签约项目12个,其中外资项目5个。"))
                .containsExactly("长沙市|52|null|null|26|null");
        assertThat(totals("2023年,长沙市接待游客300万人次;长沙市现有国际友好城市18个。")).containsExactly("长沙市|18|null|null|null|null");
    }

    @Test
    void aPlanToBringPlacesCloserIsNoTotal() {
        assertThat(totals("第一季度:推进与1个国际城市建立更紧密友好关系。长沙市共有友好城市30个。")).containsExactly("长沙市|30|null|null|null|null");
    }

    @Test
    void ordinalsOfOnePlaceNumberAHistoryNotATotal() {
        assertThat(totals("日本下关市是长沙市的第二个姊妹城市。美国纽约是长沙市的第三个姊妹城市。")).isEmpty();
        // one ordinal, of a new tie: the total then
        assertThat(totals("日本下关市成为长沙市第8个国际友好城市。")).containsExactly("长沙市|8|null|null|null|null");
    }

    @Test
    void countsThatAreNotTotals() {
        assertThat(totals("长沙市已有300家外资企业,友好城市交流项目达120个。")).isEmpty();
        assertThat(totals("扬州市与日本唐津市结为友好城市已有12个月。")).isEmpty();
        assertThat(totals("日本下关市是长沙市第一个国际友好城市。")).isEmpty();
        assertThat(totals("长沙市与法国的第3对友城在巴黎签约。")).isEmpty();
        assertThat(totals("从1990年到2000年,长沙市结交国际友城9个。")).isEmpty();
        assertThat(totals("全国共有友好城市3054对。")).isEmpty();
        assertThat(totals("这两个城市于1985年结为友好城市。")).isEmpty();
        assertThat(totals("长沙市签署了5个友好合作协议。")).isEmpty();
        assertThat(totals("长沙市计划新增3个友好城市。")).isEmpty();
    }

    @Test
    void theBreakdownOfATotalIsNoTotal() {
        assertThat(totals("截至2023年,湖南省已与40个国家建立100对友好城市。其中,亚洲有10个国家、30对友好城市;欧洲有20个国家、50对友好城市。"
                        + "省级友好城市有20对,地级友好城市有80对。"))
                .containsExactly("湖南省|100|null|null|40|2023");
        assertThat(totals("截至目前,湖南省与日本共缔结10对友城,其中省级友城1对,市级友城9对。")).isEmpty();
        assertThat(totals("会上,长沙市还签署4个市级友城协议和多领域合作项目。")).isEmpty();
        // a level that qualifies the place's own ties, with no larger total before it, is a total
        assertThat(totals("长沙市(市级友好城市有14个)。")).containsExactly("长沙市|14|null|null|null|null");
    }

    @Test
    void aFormalAndALooserWordJoinedCountAllPartners() {
        assertThat(totals("长沙市已与10个国家的20个城市缔结了友好城市和友好交流关系城市。")).containsExactly("长沙市|null|null|20|10|null");
    }

    @Test
    void countsOfDocumentsAndOfThePairAreNoTotals() {
        assertThat(totals("长沙市还与15个外国城市签署了友好交流备忘录。")).isEmpty();
        assertThat(totals("长沙市希望进一步加强两个城市的友好交流关系。")).isEmpty();
        // a count of cities that are partners is still one
        assertThat(totals("长沙市已与8个国家的12个城市建立友好合作城市关系。")).containsExactly("长沙市|null|12|null|8|null");
    }

    @Test
    void aCircleOfFriendsCountsAllPartnersAndAForeignOrdinalIsNoTotal() {
        assertThat(totals("长沙市国际“朋友圈”增加至30个国家56个城市。")).containsExactly("长沙市|null|null|56|30|null");
        assertThat(totals("长沙市成为日本下关市的第11座友好城市。")).isEmpty();
        assertThat(totals("长沙市的朋友圈里有300家企业。")).isEmpty();
    }

    @Test
    void thePlaceOfADatelineIsNotTheSubject() {
        assertThat(totals("中新网长沙5月3日电(记者 王明)“湖南省历来重视对外交往,已与40个国家建立了100对友好城市。”"))
                .containsExactly("湖南省|100|null|null|40|null");
        assertThat(totals("新华社长沙5月3日电 扬州市已建立友城二十六对。")).containsExactly("扬州市|26|null|null|null|null");
    }

    @Test
    void countsWrittenWithFenbieGoToEachKindOrPlaceInTurn() {
        assertThat(totals("长沙市国际友好城市和友好交流城市数量分别达到15个和22个。")).containsExactly("长沙市|15|22|null|null|null");
        assertThat(totals("长沙市友好城市和友好交流关系城市数量已分别达到13个。")).containsExactly("长沙市|13|13|null|null|null");
        assertThat(totals("长沙市共有友好城市和友好交流城市48个,其中友好城市和友好交流城市分别为18个和30个。"))
                .containsExactly("长沙市|null|null|48|null|null", "长沙市|18|30|null|null|null");
        assertThat(totals("全国友好城市数量排名前三的省份为江苏、山东和广东,数量分别为300、200和100个。"))
                .containsExactly(
                        "江苏|300|null|null|null|null", "山东|200|null|null|null|null", "广东|100|null|null|null|null");
        assertThat(totals("长沙市、扬州市两市的友好交流城市分别有20个和15个。"))
                .containsExactly("长沙市|null|20|null|null|null", "扬州市|null|15|null|null|null");
    }

    @Test
    void countsWithFenbieThatDoNotFitTheirItemsAreNoTotals() {
        assertThat(totals("江苏、山东和广东的友好城市交流项目分别为30、20和10个。")).isEmpty();
        assertThat(totals("江苏、山东和广东分别与日本、韩国和美国的城市结为友好城市。")).isEmpty();
        assertThat(totals("江苏省和山东省的友好城市数量分别为300个。")).isEmpty();
        assertThat(totals("长沙市友好城市和友好交流城市分别为15个、22个和30个。")).isEmpty();
        assertThat(totals("长沙市和扬州市的友好城市数量将分别达到20个和15个。")).isEmpty();
        assertThat(totals("长沙市和扬州市分别与8个城市签署了友好城市意向书。")).isEmpty();
        assertThat(totals("长沙市和扬州市分别新增友好城市3个和2个。")).isEmpty();
    }

    @Test
    void placesThatWonAnAwardAndChinesePlacesEnumeratedAreNoPartners() {
        assertThat(totals("长沙市等5个省市获中国国际友好城市突出贡献奖。")).isEmpty();
        assertThat(totals("扬州市、长沙市等30个省份和城市获得国际友好城市交流合作奖。")).isEmpty();
        assertThat(totals("长沙市、扬州市等10个城市与日本城市建立了友好城市关系。")).isEmpty();
        // foreign places enumerated before 等 are the partners counted
        assertThat(totals("长沙市已与日本下关市、韩国首尔市等6个国外城市正式缔结友好城市关系。")).containsExactly("长沙市|6|null|null|null|null");
    }

    @Test
    void eitherKindJoinedByHuoCountsAllPartners() {
        assertThat(totals("长沙市已与全球60个城市结为友好城市或友好合作关系城市。")).containsExactly("长沙市|null|null|60|null|null");
    }

    @Test
    void aNationalCountBrokenDownByChinesePlacesGivesEachPlaceItsTotal() {
        assertThat(totals("据统计,全国现有友城2800个,其中湖南省100个,长沙市40个。"))
                .containsExactly("湖南省|100|null|null|null|null", "长沙市|40|null|null|null|null");
        assertThat(totals("全国现有友城2800个,其中日本300个。")).isEmpty();
        assertThat(totals("全国现有友城2800个,其中长沙市40个项目。")).isEmpty();
        assertThat(totals("全国现有友城和友好交流城市2800个,其中长沙市40个。")).isEmpty();
    }

    @Test
    void aProvincePronounInAnArticleThatNamesNoProvinceHasNoTotal() {
        assertThat(totals("长沙市举办友城论坛。据统计,全国现有友城2800个,其中我省100个,长沙市40个。")).containsExactly("长沙市|40|null|null|null|null");
        assertThat(totals("长沙市举办友城论坛。我省友好城市已达到100对。")).isEmpty();
        assertThat(totals("湖南省举办友城论坛。我省友好城市已达到100对。")).containsExactly("湖南省|100|null|null|null|null");
    }

    @Test
    void aCountOfOneKindAfterQizhongIsThatKindsTotal() {
        assertThat(totals("长沙市已与20个国家的30个城市建立了友好关系,其中友好城市18个。"))
                .containsExactly("长沙市|null|null|30|20|null", "长沙市|18|null|null|null|null");
        assertThat(totals("长沙市国际友城数量位居全省第一。其中,正式建立了国际友好城市关系的12个。")).containsExactly("长沙市|12|null|null|null|null");
        // parts by period, continent, country, and a kind the paragraph has counted already
        assertThat(totals("长沙市共有友好城市和友好交流城市30个,其中今年新结友好城市2个。")).containsExactly("长沙市|null|null|30|null|null");
        assertThat(totals("长沙市共有友好城市和友好交流城市30个,其中亚洲友好城市12个。")).containsExactly("长沙市|null|null|30|null|null");
        assertThat(totals("长沙市共有友好城市和友好交流城市30个,其中日本的友好城市12个。")).containsExactly("长沙市|null|null|30|null|null");
        assertThat(totals("长沙市共有友好城市30个,其中国际友好城市12个。")).containsExactly("长沙市|30|null|null|null|null");
    }

    @Test
    void whatTheNationCountsIsNotThePlacesTotal() {
        assertThat(totals("江西省副省长在会上指出,中国已与五大洲130个国家建立了1800对友好城市关系。")).isEmpty();
        assertThat(totals("天津与神户建立了第一对友好城市,截至2016年,我国对外友好城市数量达2300对。")).isEmpty();
        // the nation as an object or a setting leaves the place its own total
        assertThat(totals("青岛市外办主任表示,目前已与27个国家的41个城市结为友好城市。")).containsExactly("青岛市|41|null|null|27|null");
        assertThat(totals("长沙市是在全国率先开展友城工作的城市,现有友好城市18个。")).containsExactly("长沙市|18|null|null|null|null");
    }

    @Test
    void partnersCountedAfterTheirNounWithThePlaceAfter与() {
        assertThat(totals("至2019年底,与长沙市建立友好关系的地区已有40个。")).containsExactly("长沙市|null|null|40|null|2019");
        assertThat(totals("与长沙市结为友好城市的外国城市已达18个。")).containsExactly("长沙市|18|null|null|null|null");
        assertThat(totals("与长沙市建立友好城市关系的城市共有18个。")).containsExactly("长沙市|18|null|null|null|null");
        // a country after 与 still names a part of the whole
        assertThat(totals("长沙市与日本的友好城市已有3个。")).isEmpty();
    }

    @Test
    void theNationAsTheSentencesSubjectMakesItsCountsNoPlacesTotal() {
        assertThat(totals("长沙市很美。另外我国有20个省和300个城市,这些城市和省与100个国家的1,200个城市建立了友好城市关系。长沙市。"))
                .isEmpty();
    }

    @Test
    void aNumberWrittenWithSeparatorsIsReadWholeOrNotAtAll() {
        assertThat(totals("长沙市已与1,200个城市建立了友好城市关系。")).isEmpty();
    }

    @Test
    void aCountOfAnotherLevelThanThePlacesIsNoTotalOfIt() {
        assertThat(totals("截至目前,湖南省的非洲友城有8对;市级友城6对,分别在长沙市和株洲市。")).isEmpty();
        assertThat(totals("湖南省的省级友城有20对。")).containsExactly("湖南省|20|null|null|null|null");
        assertThat(totals("天津市的市级友好城市有50个。")).containsExactly("天津市|50|null|null|null|null");
    }

    @Test
    void aTotalThatGrewToItsCount() {
        assertThat(totals("至此,湖南省的友城增长至49个。")).containsExactly("湖南省|49|null|null|null|null");
        assertThat(totals("长沙市友好城市扩大到20对。")).containsExactly("长沙市|20|null|null|null|null");
    }

    @Test
    void aCountAfterAClauseThatNamesOneCountryIsThatCountrysPart() {
        assertThat(totals("湖南省高度重视与美地方交往,已建立2对省级友城、37对市县级友城。")).isEmpty();
        assertThat(totals("湖南省与日本交往密切,已建立20对友好城市。")).isEmpty();
        // the world after 与, or no 与 at all, is the whole
        assertThat(totals("湖南省坚持与世界各国交往,已建立300对友好城市。")).containsExactly("湖南省|300|null|null|null|null");
        assertThat(totals("湖南省对外交往密切,已建立300对友好城市。")).containsExactly("湖南省|300|null|null|null|null");
    }

    @Test
    void placesOfTwoLevelsJoinedToATieWordAreOneKind() {
        assertThat(totals("湖南省与世界60个国家缔结322对友好省州和城市。")).containsExactly("湖南省|322|null|null|60|null");
        assertThat(totals("湖南省建立420对友好交流省州和城市。")).containsExactly("湖南省|null|420|null|null|null");
    }

    @Test
    void aCountWhoseListBeginsWithAChinesePlaceCountsFriendsAtHome() {
        assertThat(totals("湖南省有4个友好城市\n1、天津市\n天津市位于华北。")).isEmpty();
        assertThat(totals("湖南省有4个友好城市:日本下关市、美国纽约。")).containsExactly("湖南省|4|null|null|null|null");
    }

    @Test
    void aLevelThatQualifiesNoTieWordIsNoPartOfTheTotal() {
        assertThat(totals("截至2023年12月,湖南省及其下辖各县级行政区已与35个国家建立54对友好城市。")).containsExactly("湖南省|54|null|null|35|2023");
        // a level written before the tie word is a part, after a larger total of the paragraph
        assertThat(totals("湖南省已与35个国家建立54对友好城市。省级友好城市有31对,县级友好城市有23对。")).containsExactly("湖南省|54|null|null|35|null");
    }

    @Test
    void anEnumerationOfCountriesClosedBy等IsTheWhole() {
        assertThat(totals("长沙市已与美国、日本、法国等国家的 34 个城市结为国际友城或国际友好合作关系城市。")).containsExactly("长沙市|null|null|34|null|null");
        // one country after 与 is its part
        assertThat(totals("长沙市已与日本的5个城市结为友好城市。")).isEmpty();
    }

    @Test
    void aWholeThatChangedCountsItsNewSize() {
        assertThat(totals("截至2023年底,长沙市友好城市数量从35对增加到41对。")).containsExactly("长沙市|41|null|null|null|2023");
        assertThat(totals("长沙市国际友城由30个跃升至36个。")).containsExactly("长沙市|36|null|null|null|null");
        assertThat(totals("长沙市新增友好城市从3个增加到5个项目。")).isEmpty();
    }

    @Test
    void theCountriesOfATotalInTheClauseAfterIt() {
        assertThat(totals("长沙市已有友好城市41对,遍及28个国家。")).containsExactly("长沙市|41|null|null|28|null");
        assertThat(totals("长沙市现有国际友城36个,分布在五大洲25个国家。")).containsExactly("长沙市|36|null|null|25|null");
        assertThat(totals("长沙市的产品远销海外,遍及28个国家。")).isEmpty();
        assertThat(totals("长沙市已与30个国家的41个城市结为友好城市,遍及28个国家的企业在此投资。")).containsExactly("长沙市|41|null|null|30|null");
    }

    @Test
    void aCountOfThePartnersInOneCountryIsAPart() {
        assertThat(totals("长沙市在日本有8个友好城市。")).isEmpty();
        assertThat(totals("长沙市有友好城市38个,在日本有8个。")).containsExactly("长沙市|38|null|null|null|null");
    }
}
