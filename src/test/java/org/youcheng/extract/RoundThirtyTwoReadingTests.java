package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-two, on sentences written for these tests (never taken from an article): a county or
 * district written after its city whose name other cities' places share; a pair written as the topic of its
 * sentence, its tie word several clauses on; two nouns for places in general after a country; a name read up to
 * 姐妹城市; a name written once as a person's; the others of a foreign place in a list after a colon; a dateline's
 * place; 可能 before a tie; foreign places written as the owners of a count of ties.
 */
class RoundThirtyTwoReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** The id of the Chinese side of each tie read. */
    private static List<Long> domesticIds(String text) {
        return ExtractorTests.EXTRACTOR.extract("t", text).relations().stream()
                .map(ExtractedTie::domesticId)
                .toList();
    }

    @Test
    void aDistrictAfterItsCityIsThatCitysOneWhicheverSideIsWrittenFirst() {
        // 河东区 is Tianjin's (16) and Linyi's (18); written after its city, it is that city's
        assertThat(domesticIds("日本丰川市与临沂河东区正式结为友好城市。")).containsExactly(18L);
        assertThat(domesticIds("日本丰川市与天津河东区正式结为友好城市。")).containsExactly(16L);
        assertThat(domesticIds("临沂河东区与日本丰川市正式结为友好城市。")).containsExactly(18L);
        assertThat(read("日本丰川市与临沂河东区正式结为友好城市。")).containsExactly("河东区|丰川市|日本|sister|reverse");
    }

    @Test
    void aPairWrittenAsTheTopicOfItsSentenceTakesTheTieWordClausesOn() {
        assertThat(read("长沙市和日本丰川市,经过多年的友好协商和谈判,为增进相互了解和友谊,加强两市在经贸、文化、教育等各个领域的合作与交流,最终成为友好城市。"))
                .containsExactly("长沙市|丰川市|日本|sister|connector");
        // another side opens a later clause: its tie word is not the pair's
        assertThat(read("长沙市和日本丰川市,经过多年的友好协商和谈判,在经贸、文化、教育等各个领域开展了广泛的合作与交流,目前长沙市已与30个城市结为友好城市。"))
                .noneMatch(t -> t.contains("丰川市"));
        // a place named between: the tie word is that place's
        assertThat(read("长沙市和日本丰川市,经过多年的友好协商和谈判,在经贸、文化、教育等各个领域开展了广泛的合作与交流,扬州市随后与日本盛冈市结为友好城市。"))
                .noneMatch(t -> t.contains("丰川市"));
        // a delegation's visit, a wish later: an intent at most, never a tie
        assertThat(read("长沙市和日本丰川市,代表团互访频繁,在经贸、文化、教育等各个领域开展了广泛的合作与交流,双方希望早日结为友好城市。"))
                .allMatch(t -> t.contains("|intent|"));
        // no tie word at all: nothing
        assertThat(read("长沙市和日本丰川市,代表团互访频繁,在经贸、文化、教育等各个领域开展了广泛的合作与交流。")).isEmpty();
    }

    @Test
    void twoNounsForPlacesInGeneralAfterACountryNameNoPlace() {
        assertThat(read("湖南省与韩国已缔结9对友好省道和城市,有20多个湖南省城市与韩国地方城市保持着友好合作关系。")).noneMatch(t -> t.contains("地方城市"));
    }

    @Test
    void aNameIsReadUpToTheWordForSisterCities() {
        assertThat(read("长沙—巴拉圭姐妹城市")).noneMatch(t -> t.contains("姐妹"));
    }

    @Test
    void aNameWrittenOnceAsAPersonsIsThatPersonWhereItStandsAlone() {
        assertThat(read("纽约市长亚当斯会见长沙市代表团。会谈后,长沙市市长与亚当斯共同签署长沙与纽约友好合作交流意向书。"))
                .noneMatch(t -> t.contains("亚当斯"))
                .contains("长沙市|纽约|美国|intent|connector");
        // never written as a person's: the town
        assertThat(read("长沙市代表团访问美国亚当斯。长沙市与亚当斯共同签署友好合作交流意向书。")).anyMatch(t -> t.contains("亚当斯"));
    }

    @Test
    void theOthersOfAForeignPlaceAfterAColonAreItsPartners() {
        // 盛冈市 is 丰川市's partner, not 长沙市's; 扬州市, a Chinese place among the others, is 丰川市's partner too
        assertThat(read("长沙市是日本丰川市的第六个友好城市,其他的城市有:日本的盛冈市、中国的扬州市。"))
                .noneMatch(t -> t.contains("盛冈市"))
                .contains("扬州市|丰川市|日本|sister|colon-list");
        // the others of the Chinese side stay its own
        assertThat(read("日本丰川市是长沙市的第六个友好城市,其他的城市有:日本的盛冈市、日本的下关市。")).anyMatch(t -> t.contains("盛冈市"));
    }

    @Test
    void aDatelinesPlaceIsNoPartnerAndATieThatMayBeIsAnIntent() {
        assertThat(read("卫星通讯社纽约4月14日电 日本丰川市可能与长沙市缔结姊妹关系。")).containsExactly("长沙市|丰川市|日本|intent|reverse");
        assertThat(read("卫星通讯社纽约4月14日电 日本丰川市与长沙市缔结姊妹关系。")).containsExactly("长沙市|丰川市|日本|sister|reverse");
    }

    @Test
    void foreignPlacesWrittenAsTheOwnersOfACountOfTiesAreNoPartners() {
        assertThat(read("长沙市外事办举办友好城市联谊活动,纽约、丰川市的12个友好城市的将近50名代表参加了这次活动。")).isEmpty();
        // their own partner, named as such, still is one
        assertThat(read("长沙市外事办举办友好城市联谊活动,友好城市日本丰川市的代表参加了这次活动。")).isNotEmpty();
    }

    @Test
    void aListOfPartnersUnderAForeignSubjectIsItsOwn() {
        assertThat(read("美国纽约一共有7个友好城市,包括日本的丰川市、中国的长沙市。"))
                .noneMatch(t -> t.contains("丰川市"))
                .contains("长沙市|纽约|美国|sister|colon-list");
        // under a Chinese subject, the list is that place's partners
        assertThat(read("长沙市一共有7个友好城市,包括日本的丰川市、美国的纽约。"))
                .contains("长沙市|丰川市|日本|sister|colon-list", "长沙市|纽约|美国|sister|colon-list");
    }
}
