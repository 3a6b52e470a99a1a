package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign names read without suffix, on text written for these tests and the small gazetteer of transliterations. */
class ForeignNamesTests {

    private final ForeignNames names = new ForeignNames(new PlaceLexicon(TransliterationCharsTests.gazetteer()));

    @Test
    void aTransliterationThatHoldsAKnownNameIsReadWholeUpToAListsMark() {
        ForeignNames.Name n = names.read("尔斯克温、长沙", 0, null);
        assertThat(n.text()).isEqualTo("尔斯克温");
        assertThat(n.place()).isNull();
    }

    @Test
    void aKnownNameBeforeChineseCharactersIsStillTheKnownName() {
        ForeignNames.Name n = names.read("尔斯克好、长沙", 0, null);
        assertThat(n.text()).isEqualTo("尔斯克");
        assertThat(n.place()).isNotNull();
    }
}
