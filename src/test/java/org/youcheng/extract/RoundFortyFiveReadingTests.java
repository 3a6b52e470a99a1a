package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-five, on sentences written for these tests (never taken from an article): a counted
 * enumeration whose items a bracket after the sentence's full stop lists (与X市等三城市结为友好城市的决议。（X市、Y市、Z市）); a kind
 * word inside an enumeration labels the items after it (与友好城市X、Y及友好交流城市Z), it is not the predicate of those before;
 * the first item of a list after 与/同 a country and a name no scan knows (同英国考文、美国萨克拉门托市); a name broken by a line
 * wrap at a fixed width; a full stop written for an interpunct in a person's name (市长拉斯.巴拉卡).
 */
class RoundFortyFiveReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** The partners read, in order. */
    private static List<String> partners(String text) {
        return read(text).stream().map(t -> t.split("\\|")[1]).toList();
    }

    @Test
    void theBracketAfterACountedEnumerationListsItsItems() {
        assertThat(partners("长沙市人大常委会表决通过了关于长沙市与日本横滨市等三城市结为友好城市的决议。（日本横滨市、韩国釜山市、法国里昂市）"))
                .containsExactlyInAnyOrder("横滨市", "釜山市", "里昂市");
    }

    @Test
    void aBracketAfterASentenceWithoutACountAddsNothing() {
        assertThat(partners("长沙市与日本横滨市缔结友好城市。（韩国釜山市、法国里昂市）")).containsExactly("横滨市");
        assertThat(partners("长沙市与日本横滨市等城市缔结友好城市。记者随后走访了（韩国釜山市、法国里昂市）")).containsExactly("横滨市");
    }

    @Test
    void aKindWordInsideAnEnumerationLabelsTheItemsAfterIt() {
        assertThat(read("目前，长沙市与友好城市日本横滨市、法国里昂市及友好交流城市韩国釜山市等均建立了长效合作关系。"))
                .containsExactlyInAnyOrder(
                        "长沙市|横滨市|日本|sister|connector",
                        "长沙市|里昂市|法国|sister|connector",
                        "长沙市|釜山市|韩国|partner|named-partner");
    }

    @Test
    void theFirstItemOfAListMayBeACountryAndANameNoScanKnows() {
        assertThat(read("1990年后，长沙市又相继同英国考文、美国萨克拉门托市结为友好城市。"))
                .containsExactly("长沙市|考文|英国|sister|connector", "长沙市|萨克拉门托市|美国|sister|connector");
        // a word that no place name begins with is no item
        assertThat(partners("长沙市同英国友人、美国萨克拉门托市结为友好城市。")).doesNotContain("友人");
    }

    @Test
    void aNameBrokenByALineWrapIsReadWholeAndTheEvidenceQuotesThePage() {
        String text = String.join(
                "\n",
                "长沙市代表团今天抵达横滨，开始为期三天访问。这是自1990年长沙与横",
                "滨市缔结友好城市以来，长沙市代表团第十次来访，双方将签署新的合作文",
                "件，涉及经贸、文化、教育和青少年交流等多个领域，并举行友城建设论坛",
                "活动。");
        var ties = ExtractorTests.EXTRACTOR.extract("t", text).relations();
        assertThat(ties).extracting(ExtractedTie::partner).containsExactly("横滨市");
        assertThat(text).contains(ties.get(0).evidence());
        assertThat(ties.get(0).evidence()).contains("与横\n滨市");
    }

    @Test
    void aFullStopBetweenTheCharactersOfAPersonsNameJoinsItsParts() {
        assertThat(partners("长沙市长今日与美国纽约市长埃里克.亚当斯共同签署姊妹市协定。")).containsExactly("纽约");
        // a full stop or an interpunct between two places joins places (长沙市.横滨市友好交流协定)
        assertThat(partners("长沙市长今天与日本横滨市长共同签署“长沙市.横滨市友好交流协定”。")).containsExactly("横滨市");
        assertThat(partners("长沙市长今天与日本横滨市长共同签署“长沙市·横滨市友好交流协定”。")).containsExactly("横滨市");
    }

    @Test
    void aPlaceTheRegistryKnowsByItsLatinNameOnlyBreaksNoReading() {
        // a former town filed under the place it is part of now, with no Chinese name of its own (水上町, now Minakami)
        var g = TestGazetteer.build();
        g.addPlace(
                new org.youcheng.registry.Gazetteer.Entry(
                        900, null, "Minakami", org.youcheng.registry.Level.CITY, "JP", 0, 0),
                "X900",
                "水上町",
                "Minakami");
        var extractor = new Extractor(g, TestGazetteer.COUNTRY_NAMES);
        assertThat(extractor.extract("t", "长沙市议会与日本水上町议会今天正式签署友好交流协定，市长出席见证。").relations())
                .extracting(ExtractedTie::domestic)
                .containsOnly("长沙市");
    }

    @Test
    void 缔盟StatesATieOfAnyKindAndCountsTies() {
        assertThat(partners("长沙市交流工作\n长沙市目前与25个城市缔盟，包括美国纽约、韩国釜山皆已完成缔盟。")).containsExactlyInAnyOrder("纽约", "釜山");
        assertThat(ExtractorTests.EXTRACTOR
                        .extract("t", "长沙市交流工作\n长沙市目前与25个城市缔盟。")
                        .totals())
                .extracting(ExtractedTotal::allPartners)
                .containsExactly(25);
        // schools that ally name no places
        assertThat(read("长沙市第一中学今天与日本一所高中缔盟。")).isEmpty();
    }
}
