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
        return ties(text).stream()
                .map(t ->
                        t.domestic() + "|" + t.partner() + "|" + t.partnerCountry() + "|" + t.kind() + "|" + t.signed())
                .toList();
    }

    @Test
    void aChineseCityAndAForeignCityWrittenAfterItsCountry() {
        assertThat(pairs("2019年5月,青岛市与日本下关市正式结为友好城市。")).containsExactly("青岛市|下关市|日本|sister|2019-05");
    }

    @Test
    void aTransliterationTheGazetteerDoesNotKnowEndsAtItsSuffix() {
        assertThat(pairs("青岛市同乌兹别克斯坦锡尔河州古利斯坦区签订了友好城市协议。")).containsExactly("青岛市|锡尔河州古利斯坦区|乌兹别克斯坦|sister|null");
    }

    @Test
    void aListOfPartnersAfterOneConnector() {
        assertThat(pairs("此前,扬州已先后与美国肯特市、德国奥芬巴赫市和韩国龙仁市结为友城。"))
                .containsExactly("扬州|肯特市|美国|sister|null", "扬州|奥芬巴赫市|德国|sister|null", "扬州|龙仁市|韩国|sister|null");
    }

    @Test
    void aRegionAndItsCityJoinedBy的AreOneName() {
        assertThat(pairs("青岛市与美国加利福尼亚州的圣莱安德罗市结为友好城市。")).containsExactly("青岛市|加利福尼亚州圣莱安德罗市|美国|sister|null");
    }

    @Test
    void districtsAndCountiesSignTheirOwnTies() {
        List<ExtractedTie> t = ties("山东省青岛市黄岛区与俄罗斯彼尔姆市签署建立友好交流关系备忘录。");
        assertThat(t)
                .extracting(ExtractedTie::domestic, ExtractedTie::domesticLevel, ExtractedTie::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("黄岛区", "district", "partner"));
        assertThat(t.get(0).domesticId()).isEqualTo(3L);
        assertThat(t.get(0).partnerId()).isEqualTo(24L);
    }

    @Test
    void aProvinceWrittenWithoutItsSuffixIsTheProvince() {
        assertThat(pairs("湖南与法国普罗旺斯大区正式结为友好省区关系,双方签署了友好省州协议。")).containsExactly("湖南|普罗旺斯大区|法国|sister|null");
    }

    @Test
    void theForeignSideWrittenFirst() {
        assertThat(pairs("墨西哥瓜纳华托州莱昂市与长沙市签署友好城市协议书。")).containsExactly("长沙市|瓜纳华托州莱昂市|墨西哥|sister|null");
    }

    @Test
    void aForeignPlaceWrittenRightAfterTheChinesePlaceWithoutConnector() {
        assertThat(pairs("仪式上,江都区意大利萨索洛市代表签订了结好意向书。")).containsExactly("江都区|萨索洛市|意大利|intent|null");
    }

    @Test
    void lettersOfIntentAndProceduresUnderWayAreIntentions() {
        assertThat(pairs("扬州市和法国鲁昂市互换了友城意向书。")).containsExactly("扬州市|鲁昂市|法国|intent|null");
        assertThat(pairs("扬州市和英国约克市建立友好城市关系的程序正在进行中。")).containsExactly("扬州市|约克市|英国|intent|null");
    }

    @Test
    void friendshipCooperationIsAPartnerTie() {
        assertThat(pairs("长沙市同友好交流城市日本鹿儿岛市续签了青少年交流协议。")).containsExactly("长沙市|鹿儿岛市|日本|partner|null");
    }

    @Test
    void aTieWordBetweenTheTwoPlacesNamesTheTie() {
        assertThat(pairs("青岛市的友好城市日本下关市派出代表团参加博览会。")).containsExactly("青岛市|下关市|日本|sister|null");
        assertThat(pairs("扬州市友好交流城市、德国奥芬巴赫市代表团来访。")).isEmpty();
    }

    @Test
    void aDistrictNameSharedByTwoCitiesIsTheOneInTheCityTheArticleNames() {
        List<ExtractedTie> t = ties("临沂市外事工作会议召开。\n河东区与韩国清州市正式结为友好城市。");
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
        assertThat(pairs("扬州市外办召开年度会议。\n我市与美国肯特市建立友好城市关系已经二十年。")).containsExactly("扬州市|肯特市|美国|sister|null");
    }

    @Test
    void aOneCharacterShortFormStandsForTheCityTheArticleNames() {
        assertThat(pairs("哈尔滨市举办友城大会。\n2001年6月,哈市与韩国富川市结成友好城市。")).containsExactly("哈尔滨市|富川市|韩国|sister|2001-06");
    }

    @Test
    void aListUnderAHeadingBelongsToTheArticlesCity() {
        assertThat(pairs("扬州市对外交往情况。\n建立友好交流关系的城市3个,分别是:日本唐津市(2005年3月)、韩国龙仁市(2010年10月)和美国肯特市(2012年1月1日)。"))
                .containsExactly(
                        "扬州市|唐津市|日本|partner|2005-03", "扬州市|龙仁市|韩国|partner|2010-10", "扬州市|肯特市|美国|partner|2012-01-01");
    }

    @Test
    void becomingThePlacesFriendshipCity() {
        assertThat(pairs("法国鲁昂市、德国奥芬巴赫市也相继成为扬州的友城。"))
                .containsExactly("扬州|鲁昂市|法国|sister|null", "扬州|奥芬巴赫市|德国|sister|null");
    }

    @Test
    void datesRelativeToTheArticleAndAnniversaries() {
        String article = "发布时间:2024-11-06\n今年3月,扬州市与日本唐津市签署友好城市协议。去年9月,长沙市与法国鲁昂市建立友好城市关系。";
        assertThat(pairs(article)).containsExactly("扬州市|唐津市|日本|sister|2024-03", "长沙市|鲁昂市|法国|sister|2023-09");
        assertThat(pairs("时间:2018-08-01\n今年是青岛市与日本下关市缔结友好城市30周年。")).containsExactly("青岛市|下关市|日本|sister|1988");
        assertThat(pairs("1979年北京迎来首个友城。1993年,青岛市于次年与美国纽约市结好。")).containsExactly("青岛市|纽约市|美国|sister|1994");
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
        String text = "2022年9月15日,青島市與日本下關市正式結為友好城市。";
        List<ExtractedTie> t = ties(text);
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.domestic()).isEqualTo("青岛市");
            assertThat(x.partner()).isEqualTo("下关市");
            assertThat(x.signed()).isEqualTo("2022-09-15");
            assertThat(x.evidence())
                    .isEqualTo(text.substring(x.start(), x.end()))
                    .startsWith("2022年9月15日,青島市");
        });
    }

    @Test
    void noTieWithoutAChineseSideOrWithoutATieWord() {
        assertThat(ties("德国奥芬巴赫市和法国鲁昂市多年前就结为友好城市。")).isEmpty();
        assertThat(ties("9月,扬州市代表团访问日本唐津市,双方就经贸合作进行了交流。")).isEmpty();
        assertThat(ties("扬州市市场监督管理局与日本唐津市商工会签署了合作备忘录。")).isEmpty();
        assertThat(ties("哈尔滨市已开通飞往俄罗斯、韩国、日本等国6座城市的货运航线。")).isEmpty();
    }

    @Test
    void aWordThatIsAlsoADistrictNameIsNotAPlace() {
        assertThat(pairs("哈尔滨市与日本下关市在国际友好城市大会上签署友好城市协议。")).containsExactly("哈尔滨市|下关市|日本|sister|null");
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
        List<ExtractedTotal> totals = EXTRACTOR
                .extract(
                        "t",
                        "2023-05-12\n截至2022年4月,扬州已与19个国家的27个城市结为友好城市," + "与11个国家14个城市建立友好交流城市关系。长沙市成为湖南第8个友城数量过十的城市。")
                .totals();
        assertThat(totals)
                .extracting(
                        ExtractedTotal::place,
                        ExtractedTotal::sister,
                        ExtractedTotal::partner,
                        ExtractedTotal::countries,
                        ExtractedTotal::asOf)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("扬州", 27, null, 19, "2022"),
                        org.assertj.core.groups.Tuple.tuple("扬州", null, 14, 11, "2022"));
        assertThat(totals.get(0).evidence()).isEqualTo("扬州已与19个国家的27个城市结为友好城市");
    }

    @Test
    void aClauseBeginningWith并与TakesTheChinesePlaceOfTheClauseBefore() {
        assertThat(pairs("扬州市已与法国鲁昂市结为友好城市,并与德国奥芬巴赫市建立了友好合作关系。"))
                .containsExactly("扬州市|鲁昂市|法国|sister|null", "扬州市|奥芬巴赫市|德国|partner|null");
    }

    @Test
    void 两市BeforeATieWordPairsTheSentencesForeignPlaceWithTheArticlesPlace() {
        assertThat(pairs("时间:2020-04-01\n日本下关市市长一行抵达扬州,出席两市缔结友好城市15周年纪念会。")).containsExactly("扬州|下关市|日本|sister|2005");
        assertThat(ties("日本下关市代表团抵达扬州,两市就港口合作交换了意见。")).isEmpty();
    }

    @Test
    void aShortCountyNameWrittenBareIsTheCountyWhenTheArticleWritesItInFull() {
        assertThat(pairs("胶州市召开外事工作会议。\n胶州与美国肯特市签署友好城市协议。")).containsExactly("胶州市|肯特市|美国|sister|null");
        assertThat(ties("胶州与美国肯特市签署友好城市协议。")).isEmpty();
    }

    @Test
    void anIntentionWrittenBeforeTheConnectorMakesAnIntent() {
        assertThat(pairs("扬州市拟与法国鲁昂市缔结友好城市关系。")).containsExactly("扬州市|鲁昂市|法国|intent|null");
    }

    @Test
    void aListItemWithoutItsCountryTakesTheCountryOfTheItemBefore() {
        assertThat(pairs("青岛市与日本长野县松本市、静冈县沼津市签署友好交流关系备忘录。"))
                .containsExactly("青岛市|长野县松本市|日本|partner|null", "青岛市|静冈县沼津市|日本|partner|null");
    }

    @Test
    void aCountOfPlacesIsNoName() {
        assertThat(ties("青岛市与日本两城市签署友好交流协议。")).isEmpty();
    }

    @Test
    void friendshipDistrictsAreFormalTies() {
        assertThat(pairs("黄岛区与德国科隆市埃伦费尔德区缔结友好城区关系。")).containsExactly("黄岛区|科隆市埃伦费尔德区|德国|sister|null");
    }

    @Test
    void aClauseBeginningWithATimeAnd与KeepsTheSubjectBefore() {
        assertThat(pairs("扬州市1998年与日本唐津市结为友好城市,次年又与美国肯特市结为姐妹城市。"))
                .containsExactly("扬州市|唐津市|日本|sister|1998", "扬州市|肯特市|美国|sister|1999");
    }

    @Test
    void talksAbout缔结AreAnIntention() {
        assertThat(pairs("扬州市与法国鲁昂市就缔结友好城市关系进行了商谈。")).containsExactly("扬州市|鲁昂市|法国|intent|null");
    }

    @Test
    void aRegionWrittenBeforeAKnownCityWithoutItsCountry() {
        assertThat(pairs("扬州市与山口县下关市签署友好城市协议。")).containsExactly("扬州市|山口县下关市|日本|sister|null");
    }
}
