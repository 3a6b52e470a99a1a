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
    void aLakeOrAPortNamedAfterAPlaceIsNotThePlace() {
        assertThat(read("青岛港与日本下关港结为友好港。")).isEmpty();
        assertThat(read("青岛与日本下关市结为友好城市。")).containsExactly("青岛|下关市|日本|sister|connector");
    }
}
