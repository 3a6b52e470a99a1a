package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round nineteen, on sentences written for these tests (never taken from an article): an
 * anniversary states a tie whatever wish stands before it; a memorandum on friendly exchange and cooperation is that
 * looser tie; places after 与 are the objects of a subject named before, listed, and no pair of their own; a foreign
 * subject ties each Chinese place of its list; a city named in full once is found again by a two-character stem; a
 * proposal is no tie; a count of two countries' ties is no place's total; a clause that states the whole is a total
 * after new ties counted before it; a lake named after a place is not the place.
 */
class RoundNineteenReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** place|sister|partner|all */
    private static List<String> totals(String text) {
        return ExtractorTests.EXTRACTOR.extract("t", text).totals().stream()
                .map(t -> t.place() + "|" + t.sister() + "|" + t.partner() + "|" + t.allPartners())
                .toList();
    }

    @Test
    void anAnniversaryStatesATieWhateverWishStandsBeforeIt() {
        assertThat(read("和歌山县知事介绍了和歌山同中国长沙的交流情况,表示期待明年与长沙共同庆祝缔结友城35周年。")).containsExactly("长沙|和歌山|日本|sister|reverse");
        assertThat(read("和歌山期待与长沙早日缔结友城。")).containsExactly("长沙|和歌山|日本|intent|reverse");
    }

    @Test
    void aMemorandumOnFriendlyExchangeAndCooperationIsThatTie() {
        assertThat(read("长沙市与日本下关市签署了发展友好交流与合作关系备忘录。")).containsExactly("长沙市|下关市|日本|partner|connector");
        assertThat(read("长沙市与日本下关市结为友好交流和合作城市。")).containsExactly("长沙市|下关市|日本|partner|connector");
        // a memorandum to develop a sister tie is not the tie yet
        assertThat(read("长沙市与日本下关市签署了发展友好城市关系备忘录。")).containsExactly("长沙市|下关市|日本|intent|connector");
    }

    @Test
    void placesAfter与AreTheObjectsOfASubjectNamedBefore() {
        assertThat(read("日本和歌山与中国长沙和青岛结为友好城市。"))
                .containsExactly("长沙|和歌山|日本|sister|reverse", "青岛|和歌山|日本|sister|reverse");
        // the subject is named in an earlier clause: the Chinese place and the foreign one after it are no pair
        assertThat(read("奥克兰除与下关为姐妹城市外,亦与中国青岛和日本和歌山为姐妹城市。")).isEmpty();
        assertThat(read("长沙已与日本下关市和美国纽约结为友好城市。"))
                .containsExactly("长沙|下关市|日本|sister|connector", "长沙|纽约|美国|sister|connector");
    }

    @Test
    void aCityNamedInFullIsFoundAgainByItsStem() {
        assertThat(read("美国纽约市市长致信长沙市市长。纽约是长沙市的第一个国际友城。")).containsExactly("长沙市|纽约|美国|sister|become");
    }

    @Test
    void aProposalIsNoTie() {
        assertThat(read("奥克兰建议与长沙结为友好城市。")).containsExactly("长沙|奥克兰|null|intent|reverse");
    }

    @Test
    void aCountOfTwoCountriesTiesIsNoPlacesTotal() {
        assertThat(totals("长沙市与日本下关市结为友好城市。我国对外缔结的1871对友好城市关系中,中日友好城市共248对。")).isEmpty();
    }

    @Test
    void aClauseThatStatesTheWholeIsATotalAfterNewTiesCountedBeforeIt() {
        assertThat(totals("五年间,长沙新增5对国际友城,长沙市国际友城数量达到25对。")).containsExactly("长沙市|25|null|null");
        assertThat(totals("五年间,长沙新增5对国际友城。")).isEmpty();
        assertThat(totals("目前,长沙市已与4大洲12个国外城区正式建立友好交流关系。")).containsExactly("长沙市|null|12|null");
    }

    @Test
    void theForeignPlaceASentenceOpensWithIsTheSubjectOfALaterClause() {
        assertThat(read("纽约是美国最大的城市,同长沙市结为友好城市。")).containsExactly("长沙市|纽约|美国|sister|foreign-subject");
        assertThat(read("位于美国东部的纽约是美国最大的城市,在1983年与长沙市结成了“友好城市”。")).containsExactly("长沙市|纽约|美国|sister|foreign-subject");
        // a venue is no subject, and a clause with a foreign place of its own is read by the other patterns
        assertThat(read("在纽约举行的会议上,与长沙市签署了合作协议。")).isEmpty();
    }

    @Test
    void supportForATieIsAnIntention() {
        assertThat(read("双方支持长沙市同日本下关市建立友城关系。")).containsExactly("长沙市|下关市|日本|intent|connector");
    }

    @Test
    void aNameAfterATitleIsAPersons() {
        // 奥克兰 stands for the mayor's name here: a place of that name is not read after 市长
        assertThat(read("下关市市长奥克兰于2006年访问长沙。")).isEmpty();
    }

    @Test
    void twoCountriesCountsAndACommonNounDistrictAreNoTotalsOrSides() {
        assertThat(totals("长沙市与日本交流密切。两国建立了43对友好省州、200对友好城市。")).isEmpty();
        assertThat(totals("长沙市已与两国的12个城市建立友好关系。")).containsExactly("长沙市|null|null|12");
    }

    @Test
    void aNounForPlacesAbroadIsNoName() {
        assertThat(read("长沙与境外城市缔结的第一对友好城市是日本下关市。")).containsExactly("长沙|下关市|日本|sister|cue-clause");
    }

    @Test
    void foreignPlacesListedBeforeTheConnectorEachTieAndAllIsNoSuffix() {
        assertThat(read("日本下关市、和歌山都与长沙市结为友好城市。"))
                .containsExactlyInAnyOrder("长沙市|和歌山|日本|sister|reverse", "长沙市|下关市|日本|sister|reverse");
        assertThat(read("俄罗斯彼尔姆州都因此选择与长沙结好。")).containsExactly("长沙|彼尔姆州|俄罗斯|sister|reverse");
        assertThat(read("日本东京都与长沙市结为友好城市。")).containsExactly("长沙市|东京都|日本|sister|reverse");
    }

    @Test
    void aCityAfterItsProvinceAnd的IsTheCity() {
        assertThat(read("下关市与湖南省的长沙市结为友好城市。")).containsExactly("长沙市|下关市|日本|sister|reverse");
    }

    @Test
    void friendshipAssociationsAreNoPlaces() {
        assertThat(read("湖南省人民对外友好协会与日本下关市日中友好协会签署友好合作备忘录。")).isEmpty();
    }

    @Test
    void countsOfOneKindAtTwoLevelsAddUp() {
        assertThat(totals("长沙市已与20个国家建立了3对友好省州、12对友好城市。")).containsExactly("长沙市|15|null|null");
        assertThat(totals("长沙市有友好城市25个、友好合作城市60个。")).containsExactly("长沙市|25|60|null");
    }

    @Test
    void aListItemWrittenAsACountryAndANameNoScanKnows() {
        assertThat(read("长沙市代表团访问了友城日本下关市、英国奥鲁和美国纽约。"))
                .containsExactly(
                        "长沙市|下关市|日本|sister|named-partner",
                        "长沙市|奥鲁|英国|sister|named-partner",
                        "长沙市|纽约|美国|sister|named-partner");
    }

    @Test
    void aPlaceAfter作为IsNoSubjectAndTimesMayComeAfterAdverbs() {
        assertThat(read("长沙作为湖南省省会,于1985年与日本下关市建立友好城市关系。")).containsExactly("长沙|下关市|日本|sister|elided-subject");
        assertThat(read("长沙与多国交往密切,分别于1985年、1990年与日本下关市和美国纽约建立友好城市关系。"))
                .containsExactly("长沙|下关市|日本|sister|elided-subject", "长沙|纽约|美国|sister|elided-subject");
    }

    @Test
    void theWholeProvinceIsTheProvince() {
        assertThat(totals("湖南省和长沙市同获奖。截至目前,全省共与世界上48个国家建立了126对国际友城关系。")).containsExactly("湖南省|126|null|null");
    }

    @Test
    void partnersInAGroupOfCountriesOrOfTwoCountriesAreNoTotal() {
        assertThat(totals("截至目前,湖南省已与60个“一带一路”沿线国家建立了297对国际友城。")).isEmpty();
        assertThat(totals("长沙市外事\n习近平指出,中美建交33年来,已建立38对友好省州和176对友好城市关系。")).isEmpty();
        assertThat(totals("在中美两国人民的支持下,长沙市已与30个城市结为友好城市。")).containsExactly("长沙市|30|null|null");
    }

    @Test
    void citiesCountedWith结好AreTiesOfEveryKind() {
        assertThat(totals("长沙市已经与5大洲116个城市结好。")).containsExactly("长沙市|null|null|116");
    }

    @Test
    void aLakeOrAPortNamedAfterAPlaceIsNotThePlace() {
        assertThat(read("青岛港与日本下关港结为友好港。")).isEmpty();
        assertThat(read("青岛与日本下关市结为友好城市。")).containsExactly("青岛|下关市|日本|sister|connector");
    }
}
