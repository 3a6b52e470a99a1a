package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round eleven, on sentences written for these tests (never taken from an article): a name
 * that ends before a count of the places just named, a city named again without its 市, plans written with 将 or as a
 * decision to approve, and counts that are not a place's totals (of two countries, of what will be) beside totals
 * written over the world or over both kinds of tie.
 */
class RoundElevenReadingTests {

    private static final Extractor EXTRACTOR = ExtractorTests.EXTRACTOR;

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** place|sister|partner|all|countries */
    private static List<String> totals(String text) {
        return EXTRACTOR.extract("t", text).totals().stream()
                .map(t ->
                        t.place() + "|" + t.sister() + "|" + t.partner() + "|" + t.allPartners() + "|" + t.countries())
                .toList();
    }

    @Test
    void aNameEndsBeforeACountOfThePlacesJustNamed() {
        assertThat(read("青岛与新西兰奥克兰两城结好以来交往密切。")).containsExactly("青岛|奥克兰|新西兰|sister|connector");
        assertThat(read("扬州市与美国帕萨迪纳市两地结为友好城市。")).containsExactly("扬州市|帕萨迪纳市|美国|sister|connector");
        // 都 as "all" after a name is no metropolis's suffix
        assertThat(read("美国纽约和日本下关市都是扬州市的友好城市。")).contains("扬州市|纽约|美国|sister|become");
        // a numeral inside a name read from its start is no count (五城目町)
        assertThat(read("扬州市与日本五城目町结为友好城市。")).containsExactly("扬州市|五城目町|日本|sister|connector");
    }

    @Test
    void aCityNamedAgainWithoutItsSuffix() {
        assertThat(read("扬州市外事工作\n美国帕萨迪纳市代表团昨日到访。扬州和帕萨迪纳正式缔结友好城市关系。")).contains("扬州市|帕萨迪纳市|美国|sister|connector");
        // only the names the article has placed abroad: an unknown word written alone is no partner
        assertThat(read("扬州市外事工作\n美国帕萨迪纳市代表团昨日到访。扬州和萨迪纳正式缔结友好城市关系。"))
                .noneMatch(t -> t.contains("萨迪纳|") && !t.contains("帕萨迪纳"));
    }

    @Test
    void aDemonstrativePhraseIsTheForeignPlaceForEveryPattern() {
        // the phrase is read as the foreign place named last, so a list pattern reads it beside another partner
        assertThat(read("扬州市外事工作\n日本下关市代表团昨日到访。这座日本港口城市和美国纽约都是扬州市的友好城市。"))
                .contains("扬州市|下关市|日本|sister|become", "扬州市|纽约|美国|sister|become");
        // the description inside the phrase is no place of its own
        assertThat(read("扬州市外事工作\n日本下关市代表团昨日到访。这一日本和歌山以西的港口城市与扬州市结为友好城市。"))
                .containsExactly("扬州市|下关市|日本|sister|reverse");
    }

    @Test
    void aPluralDemonstrativeStandsForTheListOfChinesePlacesBeforeIt() {
        assertThat(read("青岛市、扬州市和长沙市代表团先后访问日本下关市。这些城市都与下关市缔结了友好城市关系。"))
                .contains(
                        "青岛市|下关市|日本|sister|plural-demonstrative",
                        "扬州市|下关市|日本|sister|plural-demonstrative",
                        "长沙市|下关市|日本|sister|plural-demonstrative");
        // one Chinese place is no list; a phrase inside its clause is no subject
        assertThat(read("扬州市代表团访问日本下关市。这些城市都与下关市缔结了友好城市关系。")).noneMatch(t -> t.contains("plural-demonstrative"));
        assertThat(read("青岛市、扬州市和长沙市代表团先后访问日本下关市。下关市与这些城市缔结了友好城市关系。"))
                .noneMatch(t -> t.contains("plural-demonstrative"));
    }

    @Test
    void anEnumerationClosedByATieWordAfter等() {
        assertThat(read("扬州市市长昨日会见了日本下关市、美国加利福尼亚州帕萨迪纳市、俄罗斯彼尔姆、新西兰奥克兰市和比利时根特市等友好城市代表团。"))
                .contains(
                        "扬州市|下关市|日本|sister|category-list",
                        "扬州市|加利福尼亚州帕萨迪纳市|美国|sister|category-list",
                        "扬州市|根特市|比利时|sister|category-list");
        // the subject left out: the paragraph's
        assertThat(read("扬州市近年来对外交往活跃。昨日,市长会见了日本下关市、美国纽约等友城代表团。"))
                .contains("扬州市|下关市|日本|sister|category-list", "扬州市|纽约|美国|sister|category-list");
        // cities that are not called partners: nothing
        assertThat(read("扬州市市长昨日会见了日本下关市、美国加利福尼亚州帕萨迪纳市和比利时根特市等城市的代表团。")).isEmpty();
    }

    @Test
    void plansWrittenWithTheForeignSideFirstOrAsADecisionAreIntents() {
        assertThat(read("美国帕萨迪纳市将和扬州市成为姐妹城市。")).containsExactly("扬州市|帕萨迪纳市|美国|intent|reverse");
        assertThat(read("市人大常委会发布《关于同意扬州市与美国帕萨迪纳市建立友好交流关系的决定》。")).containsExactly("扬州市|帕萨迪纳市|美国|intent|connector");
        // a tie made stays a tie
        assertThat(read("美国帕萨迪纳市和扬州市成为姐妹城市。")).containsExactly("扬州市|帕萨迪纳市|美国|sister|reverse");
    }

    @Test
    void countsOfTwoCountriesOrOfWhatWillBeAreNoTotals() {
        assertThat(totals("扬州市与美国帕萨迪纳市结好。四十年来,中美已建立282对友好城市关系。")).isEmpty();
        assertThat(totals("扬州市的国际友好城市将达到57个。")).isEmpty();
        assertThat(totals("美国帕萨迪纳市、新西兰奥克兰市两座城市将和扬州市成为姐妹城市。")).isEmpty();
        // the places just named, counted again, are no total
        assertThat(totals("美国帕萨迪纳市、新西兰奥克兰市两座城市都是扬州市的友好城市。")).isEmpty();
    }

    @Test
    void totalsOverTheWorldAndOverBothKindsOfTie() {
        assertThat(totals("长沙市已与世界5大洲的40个国家建立友好城市132对。")).containsExactly("长沙市|132|null|null|40");
        assertThat(totals("山东省已同106个国家建立702对友城和友好合作关系。")).containsExactly("山东省|null|null|702|106");
        // a part after 与 is still a part
        assertThat(totals("长沙市与东盟友城61对。")).isEmpty();
    }
}
