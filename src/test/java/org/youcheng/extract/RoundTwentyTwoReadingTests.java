package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round twenty-two, on sentences written for these tests (never taken from an article): tie
 * nouns of two levels, a dash after a tie word, a dateline's place, verbs after a foreign name, public schools, a
 * foreign speaker's 我郡, wishes after a named partner, relative clauses, and an ordinal that is no list's count.
 */
class RoundTwentyTwoReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aTieNounOfTwoLevels() {
        assertThat(read("日本和歌山县与山东省是友好省县。")).containsExactly("山东省|和歌山县|日本|sister|reverse");
        assertThat(read("长沙市与日本下关市结为姊妹县市。")).containsExactly("长沙市|下关市|日本|sister|connector");
    }

    @Test
    void theForeignPlaceAnArticleIsAboutSpeaksWhereNoPlaceDoes() {
        String article = "和歌山县知事逝世\n\n和歌山县知事逝世。和歌山县民众哀悼。和歌山县议会致哀。知事向来重视与友好省县山东省的交流。";
        assertThat(read(article)).containsExactly("山东省|和歌山县|日本|sister|foreign-owner");
        // an article about a Chinese place: the sentence names no owner
        assertThat(read("长沙市举行会议\n\n长沙市举行会议。知事向来重视与友好城市山东省的交流。")).isEmpty();
    }

    @Test
    void aDashAfterTheTieWordAndTheListAfterIt() {
        assertThat(read("长沙市的防疫物资启程前往日本友好城市——下关市和东京都。"))
                .containsExactly("长沙市|下关市|日本|sister|named-partner", "长沙市|东京都|日本|sister|named-partner");
        // a name unknown to the gazetteer after the dash, then a known one
        assertThat(read("长沙市的防疫物资启程前往韩国友好城市——贵妃市和下关市。")).contains("长沙市|贵妃市|韩国|sister|named-partner");
    }

    @Test
    void aDatelinesPlaceIsNoOwner() {
        assertThat(read("人民网东京3月17日电 据报道,日本下关市政府发布消息称,收到了友好城市长沙市捐赠的口罩。"))
                .containsExactly("长沙市|下关市|日本|sister|foreign-owner");
    }

    @Test
    void aVerbAfterAForeignNameWithItsSuffixEndsTheName() {
        assertThat(read("下关市加强同友城长沙市的交流。")).containsExactly("长沙市|下关市|日本|sister|foreign-owner");
        assertThat(read("日本下关市积极推进同友城长沙市的交流。")).containsExactly("长沙市|下关市|日本|sister|foreign-owner");
    }

    @Test
    void aPublicSchoolNamesNoPlace() {
        assertThat(read("长沙市第二高级中学与日本下关市立第一中学开展友城青少年交流活动。")).isEmpty();
        assertThat(read("长沙市与日本下关市开展友城青少年交流活动。")).isNotEmpty();
    }

    @Test
    void aForeignSpeakersOwnPlaceByAUnitNoChinesePlaceBears() {
        String letter = "韩国奉化郡守致信长沙市委书记。信中说,希望我郡友好城市长沙市尽快恢复正常生产生活秩序。";
        assertThat(read(letter)).containsExactly("长沙市|奉化郡|韩国|sister|reverse");
        // 我市 stays the article's own place
        assertThat(read("长沙市外事工作\n日本下关市代表团到访。我市友好城市天津市也派员参加。")).isEmpty();
    }

    @Test
    void aWishAfterANamedPartnerIsForAnotherPredicate() {
        assertThat(read("日本下关市希望友好城市长沙市尽快恢复正常秩序。")).containsExactly("长沙市|下关市|日本|sister|foreign-owner");
        // a wish before the tie word still makes it an intent
        assertThat(read("长沙市与日本下关市尽快缔结友好城市关系。")).containsExactly("长沙市|下关市|日本|intent|connector");
    }

    @Test
    void theChineseSideAfterItsCountryAnd的() {
        assertThat(read("下关市和中国的长沙市,两座历史悠久的城市,早已建立了姊妹城关系。")).containsExactly("长沙市|下关市|日本|sister|reverse");
    }

    @Test
    void aTieInARelativeClauseWithItsOtherSideListed() {
        assertThat(read("和奥克兰缔结为“姐妹关系”的中国城市分别为长沙市和青岛市。"))
                .containsExactly("长沙市|奥克兰|null|sister|relative-clause", "青岛市|奥克兰|null|sister|relative-clause");
        assertThat(read("与长沙市结为友好城市的外国城市有日本下关市、美国纽约。"))
                .containsExactly("长沙市|下关市|日本|sister|relative-clause", "长沙市|纽约|美国|sister|relative-clause");
        // the relative clause describes a delegation, not a list of places
        assertThat(read("与奥克兰建立友好城市关系的中国城市代表团访问了长沙市。")).noneMatch(t -> t.contains("relative-clause"));
    }

    @Test
    void anOrdinalIsNoCountOfAList() {
        String article = "新西兰的友城\n\n青岛市成为奥克兰继长沙市后第二个中国友好城市。\n下关市 Shimonoseki\n下关市是日本港口城市。";
        assertThat(read(article)).noneMatch(t -> t.contains("下关市"));
    }

    @Test
    void aJoinerBeforeASuffixIsPartOfTheName() {
        assertThat(read("长沙市与日本复和县正式建立友好县关系。")).containsExactly("长沙市|复和县|日本|sister|connector");
        // a list's next item is a name, not a suffix alone
        assertThat(read("长沙市与日本下关市和东京都结为友好城市。"))
                .containsExactly("长沙市|下关市|日本|sister|connector", "长沙市|东京都|日本|sister|connector");
    }

    @Test
    void aFrameworkAgreementOfFriendlyCooperation() {
        assertThat(read("长沙市与日本下关市签署友好合作框架协议。")).containsExactly("长沙市|下关市|日本|partner|connector");
    }

    @Test
    void aForeignSubjectTiesOnlyAChinesePlaceWhoseClauseHoldsTheWord() {
        assertThat(read("下关市是长沙市的姐妹友好城市,与湖南省和长沙市政府友好往来不断。")).noneMatch(t -> t.startsWith("湖南省"));
    }

    @Test
    void aDeterminerBeforeAPlaceNounNamesNoPlace() {
        assertThat(read("真诚希望日本有关城市和长沙能够缔结为友城关系。")).isEmpty();
    }

    @Test
    void bothSidesAreThePairTheArticleNamedLast() {
        String text = "由长沙市和日本下关市共建的纪念碑揭碑。据了解,2009年经长沙侨办牵线,两市共结友好城市。";
        assertThat(read(text)).containsExactly("长沙市|下关市|日本|sister|both-sides");
        // a pair named together, then another Chinese place: 两市 is not known
        assertThat(read("长沙市和日本下关市的代表出席了会议。天津市代表也来了。两市结为友好城市。")).isEmpty();
    }

    @Test
    void officialsSignForTheirPlaces() {
        assertThat(read("下关市市长肯·利文斯通今天与长沙市市长在长沙签订了友好城市协议。")).containsExactly("长沙市|下关市|日本|sister|reverse");
    }

    @Test
    void aForeignPlacesPartnersListedAfterACopula() {
        assertThat(read("下关市与六个城市结为友好城市,分别为纽约、长沙市和青岛市。"))
                .containsExactly("长沙市|下关市|日本|sister|foreign-owner", "青岛市|下关市|日本|sister|foreign-owner");
    }

    @Test
    void anExchangeBetweenPlacesIsNoTiesName() {
        assertThat(read("长沙市与日本下关市的友好交流合作是两国关系的重要组成部分。")).isEmpty();
        assertThat(read("长沙市与日本下关市签署友好交流合作协议。")).containsExactly("长沙市|下关市|日本|partner|connector");
    }

    @Test
    void theChinesePlacesInAForeignPlacesListOfPartners() {
        String page =
                "下关市\n下关市是日本港口城市。下关市人口众多。下关市是交通中心。\n国际友好城市\n" + "  • 中国 : 湖南省长沙市(1991)、天津市(1992)\n  • 美国 : 纽约(1957)";
        assertThat(read(page)).containsExactly("长沙市|下关市|日本|sister|list-row", "天津市|下关市|日本|sister|list-row");
        // an infobox row that opens with the tie word
        String infobox = "下关市\n下关市是日本港口城市。下关市人口众多。下关市是交通中心。\n友好城市 | 长沙市 |\n区划代码 | 12 |";
        assertThat(read(infobox)).containsExactly("长沙市|下关市|日本|sister|foreign-owner");
        // a Chinese place's page: its list names its own partners
        String own = "长沙市\n长沙市是湖南省会。长沙市人口众多。\n国际友好城市\n  • 日本 : 下关市(1991)";
        assertThat(read(own)).containsExactly("长沙市|下关市|日本|sister|list-row");
    }

    @Test
    void aDivisionNamedAfterItsCountry() {
        assertThat(read("长沙市与墨西哥州结为友好省州。")).containsExactly("长沙市|墨西哥州|墨西哥|sister|connector");
        // the country alone is no partner
        assertThat(read("长沙市与墨西哥结为友好城市。")).isEmpty();
    }

    @Test
    void aTieThatWillBeFormedIsAnIntent() {
        assertThat(read("长沙市已经与日本下关市达成共识,两市不久就将缔结友好城市关系。")).allMatch(t -> t.contains("|intent|"));
        assertThat(read("长沙市与日本下关市即将结为友好城市。")).containsExactly("长沙市|下关市|日本|intent|connector");
    }

    @Test
    void aMainlandSpellingIsReportedAsWritten() {
        // 新泻 is looked up as 新潟 (the gazetteer's label) but named as the page writes it
        assertThat(read("哈尔滨市与日本新泻市建立友好城市。")).containsExactly("哈尔滨市|新泻市|日本|sister|connector");
        assertThat(read("哈尔滨市与日本新潟市建立友好城市。")).containsExactly("哈尔滨市|新潟市|日本|sister|connector");
    }

    @Test
    void aDistrictWrittenAsTheCityItWas() {
        // named as written; the place is the district (a test of the scan: ChineseForms.formerCity)
        assertThat(read("江都市与日本下关市结为友好城市。")).containsExactly("江都市|下关市|日本|sister|connector");
    }

    @Test
    void anUnknownTransliterationWrittenFirst() {
        // the test gazetteer counts too few foreign names for any character to read as a transliteration's: nothing
        assertThat(read("塞尔温区和长沙县签署友好合作关系备忘录。")).isEmpty();
    }
}
