package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.common.Tsv;
import org.youcheng.registry.TransliterationModel.Pair;
import org.youcheng.registry.reference.TransliterationPairs;

/**
 * The model learns which letters a character stands for from pairs alone, with no rule given: on a handful of pairs
 * whose pieces are known, it cuts a name it never saw the way the pairs teach, and ranks the right Latin name first.
 */
class TransliterationModelTests {

    /** Made-up names built of four syllables: 卡 ka, 拉 la, 斯 s, 多 do. */
    static final List<Pair> PAIRS = List.of(
            new Pair("卡拉", "kala"),
            new Pair("拉卡", "laka"),
            new Pair("卡斯", "kas"),
            new Pair("多斯", "dos"),
            new Pair("拉多", "lado"),
            new Pair("多卡", "doka"),
            new Pair("斯卡拉", "skala"),
            new Pair("多拉斯", "dolas"));

    @Test
    void aNameNeverSeenIsReadPieceByPiece() {
        TransliterationModel m = TransliterationModel.train(PAIRS);
        // 卡多拉 was never a pair: it reads as kadola, not as its characters in another order nor another name
        assertThat(m.score("卡多拉", "kadola")).isGreaterThan(m.score("卡多拉", "ladoka"));
        assertThat(m.score("卡多拉", "kadola")).isGreaterThan(m.score("卡多拉", "kadosa"));
        assertThat(m.score("斯多", "sdo")).isGreaterThan(m.score("斯多", "sla"));
    }

    @Test
    void aNameTooLongOrTooShortForItsCharactersCannotBeRead() {
        TransliterationModel m = TransliterationModel.train(PAIRS);
        assertThat(m.score("卡拉", "k")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(m.score("卡", "kalakalakala")).isEqualTo(Double.NEGATIVE_INFINITY);
        // letters no pair ever held in a piece: nothing to read them by
        assertThat(m.score("卡拉", "kaqq")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void keysAreTheNamesWithoutSuffixOrDesignation() {
        assertThat(TransliterationModel.hanKey("苏斯市")).isEqualTo("苏斯");
        assertThat(TransliterationModel.hanKey("Sousse")).isNull();
        assertThat(TransliterationModel.latinKey("Borlänge")).isEqualTo("borlange");
        assertThat(TransliterationModel.latinKey("Fulton County")).isEqualTo("fulton");
        assertThat(TransliterationModel.latinKey("苏斯")).isNull();
    }

    @Test
    void theModelWrittenReadsBackTheSame() throws Exception {
        TransliterationModel m = TransliterationModel.train(PAIRS);
        StringBuilder table = new StringBuilder();
        m.write(table, "test");
        List<String[]> rows =
                table.toString().lines().skip(2).map(l -> l.split("\t")).toList();
        TransliterationModel back = TransliterationModel.read(rows);
        assertThat(back.score("卡多拉", "kadola")).isCloseTo(m.score("卡多拉", "kadola"), within(1e-4));
        assertThat(back.score("斯多", "sdo")).isCloseTo(m.score("斯多", "sdo"), within(1e-4));
    }

    @Test
    void theShippedModelIsWhatTheBundledPairsTeach() {
        TransliterationModel shipped = TransliterationModel.read(Tsv.read(TransliterationPairs.MODEL));
        TransliterationModel trained = TransliterationModel.train(TransliterationPairs.bundled());
        for (String[] q : new String[][] {{"苏斯", "sousse"}, {"奥贝赫维利耶", "aubervilliers"}, {"拉当", "radom"}}) {
            assertThat(shipped.score(q[0], q[1])).isCloseTo(trained.score(q[0], q[1]), within(1e-3));
        }
        assertThat(shipped.score("苏斯", "sousse")).isGreaterThan(shipped.score("苏斯", "siliana") + 2);
    }
}
