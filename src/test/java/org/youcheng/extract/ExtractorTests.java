package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction on sentences written for these tests, one pattern each, over a small hand-made gazetteer. */
class ExtractorTests {

    static final Extractor EXTRACTOR = new Extractor(TestGazetteer.build(), TestGazetteer.COUNTRY_NAMES);

    static List<ExtractedTie> ties(String text) {
        return EXTRACTOR.extract("t", text).relations();
    }

    static List<String> pairs(String text) {
        return ties(text).stream().map(t -> t.domestic() + "|" + t.partner() + "|" + t.partnerCountry() + "|"
                + t.kind() + "|" + t.signed()).toList();
    }

    @Test
    void aChineseCityAndAForeignCityWrittenAfterItsCountry() {
        assertThat(pairs("2019年5月,青岛市与日本下关市正式缔结友好城市关系。"))
                .containsExactly("青岛市|下关市|日本|sister|2019-05");
    }

    @Test
    void aTransliterationTheGazetteerDoesNotKnowEndsAtItsSuffix() {
        assertThat(pairs("青岛市与乌兹别克斯坦撒马尔罕州乌尔古特区签署缔结友好城市协议。"))
                .containsExactly("青岛市|撒马尔罕州乌尔古特区|乌兹别克斯坦|sister|null");
    }

    @Test
    void aListOfPartnersAfterOneConnector() {
        assertThat(pairs("此前,扬州已与美国肯特市、德国奥芬巴赫市和韩国龙仁市建立了友好城市关系。"))
                .containsExactly("扬州市|肯特市|美国|sister|null", "扬州市|奥芬巴赫市|德国|sister|null",
                        "扬州市|龙仁市|韩国|sister|null");
    }

    @Test
    void aRegionAndItsCityJoinedBy的AreOneName() {
        assertThat(pairs("青岛市与美国加利福尼亚州的圣莱安德罗市结为友好城市。"))
                .containsExactly("青岛市|加利福尼亚州圣莱安德罗市|美国|sister|null");
    }

    @Test
    void districtsAndCountiesSignTheirOwnTies() {
        List<ExtractedTie> t = ties("山东省青岛市黄岛区与俄罗斯彼尔姆市签署建立友好交流关系备忘录。");
        assertThat(t).extracting(ExtractedTie::domestic, ExtractedTie::domesticLevel, ExtractedTie::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("黄岛区", "district", "partner"));
        assertThat(t.get(0).domesticId()).isEqualTo(3L);
        assertThat(t.get(0).partnerId()).isEqualTo(24L);
    }

    @Test
    void aProvinceWrittenWithoutItsSuffixIsTheProvince() {
        assertThat(pairs("湖南与法国普罗旺斯大区正式结为友好省区关系,双方签署了友好省州协议。"))
                .containsExactly("湖南省|普罗旺斯大区|法国|sister|null");
    }

    @Test
    void theForeignSideWrittenFirst() {
        assertThat(pairs("墨西哥瓜纳华托州莱昂市与长沙市签署友好城市协议书。"))
                .containsExactly("长沙市|瓜纳华托州莱昂市|墨西哥|sister|null");
    }

    @Test
    void aForeignPlaceWrittenRightAfterTheChinesePlaceWithoutConnector() {
        assertThat(pairs("会上,江都区意大利萨索洛市签署发展友好城市关系意向书。"))
                .containsExactly("江都区|萨索洛市|意大利|intent|null");
    }

    @Test
    void lettersOfIntentAndProceduresUnderWayAreIntentions() {
        assertThat(pairs("扬州市与法国鲁昂市签署了缔结友好城市意向书。")).containsExactly("扬州市|鲁昂市|法国|intent|null");
        assertThat(pairs("扬州市和英国约克市建立友好城市关系的程序正在进行中。")).containsExactly("扬州市|约克市|英国|intent|null");
    }

    @Test
    void friendshipCooperationIsAPartnerTie() {
        assertThat(pairs("长沙市与友好合作城市日本鹿儿岛市签署了交流协议。")).containsExactly("长沙市|鹿儿岛市|日本|partner|null");
    }

    @Test
    void aTieWordBetweenTheTwoPlacesNamesTheTie() {
        assertThat(pairs("青岛市的友好城市日本下关市派出代表团参加博览会。")).containsExactly("青岛市|下关市|日本|sister|null");
        assertThat(pairs("扬州市友好交流城市、德国奥芬巴赫市代表团来访。")).isEmpty();
    }

    @Test
    void aDistrictNameSharedByTwoCitiesIsTheOneInTheCityTheArticleNames() {
        List<ExtractedTie> t = ties("临沂市外事工作会议召开。\n河东区与韩国清州市正式缔结友好城市关系。");
        assertThat(t).singleElement().satisfies(x -> assertThat(x.domesticId()).isEqualTo(18L));
    }

    @Test
    void negotiationsAreIntentions() {
        assertThat(pairs("临沂市正与韩国清州市商谈缔结友好关系事宜。")).containsExactly("临沂市|清州市|韩国|intent|null");
    }

    @Test
    void aPartnerWrittenWithAndWithoutItsRegionIsOneTieUnderTheFullerName() {
        assertThat(pairs("临沂市与白俄罗斯博布鲁伊斯克市缔结友好城市。\n7月14日,临沂市与白俄罗斯莫吉廖夫州博布鲁伊斯克市签署建立友好城市关系协议书。"))
                .containsExactly("临沂市|莫吉廖夫州博布鲁伊斯克市|白俄罗斯|sister|null");
    }

    @Test
    void 我市StandsForTheArticlesOwnCity() {
        assertThat(pairs("扬州市外办召开年度会议。\n我市与美国肯特市建立友好城市关系已经二十年。"))
                .containsExactly("扬州市|肯特市|美国|sister|null");
    }

    @Test
    void aOneCharacterShortFormStandsForTheCityTheArticleNames() {
        assertThat(pairs("哈尔滨市举办友城大会。\n2001年6月,哈市与韩国富川市结成友好城市。"))
                .containsExactly("哈尔滨市|富川市|韩国|sister|2001-06");
    }

    @Test
    void aListUnderAHeadingBelongsToTheArticlesCity() {
        assertThat(pairs("扬州市对外交往情况。\n建立友好交流关系的城市3个,分别是:日本唐津市(2005年3月)、韩国龙仁市(2010年10月)和美国肯特市(2012年1月1日)。"))
                .containsExactly("扬州市|唐津市|日本|partner|2005-03", "扬州市|龙仁市|韩国|partner|2010-10",
                        "扬州市|肯特市|美国|partner|2012-01-01");
    }

    @Test
    void becomingThePlacesFriendshipCity() {
        assertThat(pairs("法国鲁昂市、德国奥芬巴赫市也相继成为扬州的友城。"))
                .containsExactly("扬州市|鲁昂市|法国|sister|null", "扬州市|奥芬巴赫市|德国|sister|null");
    }

    @Test
    void datesRelativeToTheArticleAndAnniversaries() {
        String article = "发布时间:2024-11-06\n今年3月,扬州市与日本唐津市签署友好城市协议。去年9月,长沙市与法国鲁昂市建立友好城市关系。";
        assertThat(pairs(article)).containsExactly("扬州市|唐津市|日本|sister|2024-03", "长沙市|鲁昂市|法国|sister|2023-09");
        assertThat(pairs("时间:2018-08-01\n今年是青岛市与日本下关市缔结友好城市30周年。"))
                .containsExactly("青岛市|下关市|日本|sister|1988");
        assertThat(pairs("1979年北京迎来首个友城。1993年,青岛市于次年与美国纽约市结好。"))
                .containsExactly("青岛市|纽约市|美国|sister|1994");
    }

    @Test
    void aPartnerWithoutItsCountryTakesItFromTheGazetteer() {
        List<ExtractedTie> t = ties("青岛市与纽约市缔结友好城市关系。");
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.partnerCountry()).isEqualTo("美国");
            assertThat(x.partnerId()).isEqualTo(22L);
        });
    }

    @Test
    void traditionalCharactersAreReadAsSimplifiedAndTheEvidenceIsTheInputsOwn() {
        String text = "2022年9月15日,青島市與日本下關市正式締結友好城市關係。";
        List<ExtractedTie> t = ties(text);
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.domestic()).isEqualTo("青岛市");
            assertThat(x.partner()).isEqualTo("下关市");
            assertThat(x.signed()).isEqualTo("2022-09-15");
            assertThat(x.evidence()).isEqualTo(text.substring(x.start(), x.end())).startsWith("2022年9月15日,青島市");
        });
    }

    @Test
    void noTieWithoutAChineseSideOrWithoutATieWord() {
        assertThat(ties("英国约克郡凯里市和法国普瓦市结为世界上第一对友好城市。")).isEmpty();
        assertThat(ties("9月,扬州市代表团访问日本唐津市,双方就经贸合作进行了交流。")).isEmpty();
        assertThat(ties("扬州市市场监督管理局与日本唐津市商工会签署了合作备忘录。")).isEmpty();
        assertThat(ties("哈尔滨市与日本、俄罗斯、韩国3个国家的8个城市实现了空中直航。")).isEmpty();
    }

    @Test
    void aWordThatIsAlsoADistrictNameIsNotAPlace() {
        assertThat(pairs("哈尔滨市与日本下关市在国际友好城市大会上签署友好城市协议。"))
                .containsExactly("哈尔滨市|下关市|日本|sister|null");
    }

    @Test
    void aNameInTheGazetteerKeepsCharactersThatOtherwiseEndAName() {
        assertThat(pairs("青岛市与日本和歌山县缔结友好城市关系。")).containsExactly("青岛市|和歌山县|日本|sister|null");
    }

    @Test
    void onePairStatedTwiceIsOneTieOfTheMostSpecificKind() {
        assertThat(pairs("长沙市与日本鹿儿岛市缔结友好合作城市20周年。两市结好以来交流不断。长沙市与鹿儿岛市结好20年。"))
                .containsExactly("长沙市|鹿儿岛市|日本|partner|null");
    }

    @Test
    void totalsByKindWithCountriesAndTheYearTheyHoldFor() {
        List<ExtractedTotal> totals = EXTRACTOR.extract("t", "2023-05-12\n截至2022年4月,扬州已与22个国家的38个城市建立友好城市关系,"
                + "与15个国家20个城市建立友好交流城市关系。长沙市成为湖南第8个友城数量过十的城市。").totals();
        assertThat(totals).extracting(ExtractedTotal::place, ExtractedTotal::sister, ExtractedTotal::partner,
                        ExtractedTotal::countries, ExtractedTotal::asOf)
                .startsWith(org.assertj.core.groups.Tuple.tuple("扬州市", 38, null, 22, "2022"),
                        org.assertj.core.groups.Tuple.tuple("扬州市", null, 20, 15, "2022"));
        assertThat(totals.get(0).evidence()).isEqualTo("扬州已与22个国家的38个城市建立友好城市关系");
    }
}
