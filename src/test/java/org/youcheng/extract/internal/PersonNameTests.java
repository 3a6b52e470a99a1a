package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/** A Chinese place's bare name inside a person's name is no place, on text written for these tests. */
class PersonNameTests {

    private static final Gazetteer.Entry WANAN = new Gazetteer.Entry(1, "万安县", null, Level.COUNTY, "CN", 0, 0);

    private static Mention bare(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(at, at + name.length(), Mention.Type.CHINESE, name, WANAN, "CN", null, true);
    }

    @Test
    void aGivenNameAfterATitleAndASurnameIsNoPlace() {
        String text = "台北市长蒋万安亲自出席典礼";
        assertThat(Reading.withoutPersonNames(List.of(bare(text, "万安")), text)).isEmpty();
    }

    @Test
    void theSameNameWithoutATitleBeforeItIsThePlace() {
        String text = "代表团访问了江西万安,参观了水库";
        assertThat(Reading.withoutPersonNames(List.of(bare(text, "万安")), text)).hasSize(1);
    }
}
