package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round twenty-three, on sentences written for these tests (never taken from an article): a list of
 * foreign places closed by 等 and a noun for places in general before 与, determiners of quantity that name no place,
 * and 双方 after a visit by the one foreign place the paragraph named.
 */
class RoundTwentyThreeReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aForeignListClosedByAGeneralNounBeforeTheConnector() {
        assertThat(read("此后陆续有纽约、下关市等国际大都市与长沙市结为友好城市。"))
                .containsExactlyInAnyOrder("长沙市|纽约|美国|sister|reverse", "长沙市|下关市|日本|sister|reverse");
        assertThat(read("纽约等城市与长沙市结为友好城市。")).containsExactly("长沙市|纽约|美国|sister|reverse");
        assertThat(read("纽约、下关市等3个城市与长沙市结为友好城市。"))
                .containsExactlyInAnyOrder("长沙市|纽约|美国|sister|reverse", "长沙市|下关市|日本|sister|reverse");
        // no tie word: an exchange
        assertThat(read("纽约、下关市等城市与长沙市开展了交流。")).isEmpty();
    }

    @Test
    void determinersOfQuantityNameNoPlace() {
        assertThat(read("长沙市与很多城市结成了友好城市关系。")).isEmpty();
        assertThat(read("长沙市与许多国外城市结为友好城市。")).isEmpty();
        assertThat(read("长沙市与众多城市结为友好城市,其中日本下关市最早。")).noneMatch(t -> t.contains("众多"));
    }

    @Test
    void bothSidesAfterAVisitAreTheVisitorAndTheHost() {
        assertThat(read("4月11日,日本下关市市长率团访问长沙。长沙市副市长会见代表团,双方正式签署《友好合作备忘录》。"))
                .containsExactly("长沙市|下关市|日本|partner|both-sides");
        // two visitors: which one signed is not written
        assertThat(read("日本下关市和新潟市代表团访问长沙市。双方签署了《友好合作备忘录》。")).isEmpty();
        // no tie word: talks
        assertThat(read("日本下关市代表团访问长沙市。双方就经贸合作进行了交流。")).isEmpty();
        // the visit in another paragraph
        assertThat(read("日本下关市代表团访问长沙市。\n长沙市召开会议,双方签署了《友好合作备忘录》。")).isEmpty();
    }

    @Test
    void aPartnerNamedAsAPlacesOwn() {
        assertThat(read("作为下关市的姐妹城市,长沙市对工程提供了协助。")).containsExactly("长沙市|下关市|日本|sister|possessive");
        assertThat(read("作为长沙市的姐妹城市,下关市对工程提供了协助。")).containsExactly("长沙市|下关市|日本|sister|possessive");
        // a foreign name written bare before a verb: the verb ends the name (round 52), the place owns its partner
        assertThat(read("纽约帮助其姐妹城市长沙市建设供水系统。")).containsExactly("长沙市|纽约|美国|sister|foreign-owner");
        // no tie word: a trade partner
        assertThat(read("作为下关市的贸易伙伴,长沙市对工程提供了协助。")).isEmpty();
        assertThat(read("纽约帮助其合作伙伴长沙市建设供水系统。")).isEmpty();
    }

    @Test
    void sisterRelationWrittenWithTheOtherCharacter() {
        assertThat(read("下关市和长沙市是姊妹关系。")).containsExactly("长沙市|下关市|日本|sister|reverse");
    }
}
