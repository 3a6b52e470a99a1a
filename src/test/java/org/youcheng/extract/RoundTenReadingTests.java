package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round ten, on sentences written for these tests (never taken from an article): a foreign
 * place written as a demonstrative phrase (这一…城市, 该市), and words of intention just before a tie word.
 */
class RoundTenReadingTests {

    private static final Extractor EXTRACTOR = ExtractorTests.EXTRACTOR;

    /** domestic|partner|country|kind|pattern: the ties read, a line each, without dates (round eleven's tests too) */
    static List<String> read(String text) {
        return EXTRACTOR.extract("t", text).relations().stream()
                .map(t -> t.domestic() + "|" + t.partner() + "|" + t.partnerCountry() + "|" + t.kind() + "|"
                        + t.pattern())
                .toList();
    }

    @Test
    void aDemonstrativePhraseStandsForTheForeignPlaceNamedLast() {
        assertThat(read("青岛市外事工作\n日本下关市代表团昨日到访。去年,这一日本西部港口城市与扬州市结为友好城市。")).contains("扬州市|下关市|日本|sister|reverse");
    }

    @Test
    void aDemonstrativePhraseAfterAChinesePlaceOrOfAnotherCountryReadsNothing() {
        // 该市 after 扬州市 is 扬州市 itself
        assertThat(read("扬州市外事工作\n扬州市代表团昨日出访。该市与青岛市结为友好城市。")).isEmpty();
        // the phrase names another country than the place named last
        assertThat(read("青岛市外事工作\n日本下关市代表团昨日到访。这一美国港口城市与扬州市结为友好城市。")).noneMatch(t -> t.contains("下关市"));
        // not at the head of its clause: a description, not the subject
        assertThat(read("青岛市外事工作\n日本下关市代表团昨日到访,参观了这一城市的港口。")).isEmpty();
    }

    @Test
    void wordsOfIntentionJustBeforeTheTieWord() {
        assertThat(read("长沙市与美国纽约签署发展友好城市关系备忘录。")).containsExactly("长沙市|纽约|美国|intent|connector");
        assertThat(read("长沙市与美国纽约结为意向友好城市。")).containsExactly("长沙市|纽约|美国|intent|connector");
        // 发展 of a tie that stands: still a tie
        assertThat(read("长沙市与美国纽约结为友好城市以来,两市发展友好城市关系成果丰硕。")).containsExactly("长沙市|纽约|美国|sister|connector");
    }
}
