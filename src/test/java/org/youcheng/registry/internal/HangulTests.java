package org.youcheng.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Korean readings of names in Chinese characters, romanized as the Revised Romanization writes them. */
class HangulTests {

    @Test
    void eachCharacterIsReadInKoreanAndTheSyllablesAreJoined() {
        assertThat(Hangul.reading("陰城")).isEqualTo("eumseong");
        assertThat(Hangul.reading("扶安")).isEqualTo("buan");
        assertThat(Hangul.reading("光陽")).isEqualTo("gwangyang");
    }

    @Test
    void simplifiedCharactersReadAsTheirTraditionalForms() {
        assertThat(Hangul.reading("阴城")).isEqualTo("eumseong");
        assertThat(Hangul.reading("光阳")).isEqualTo("gwangyang");
    }

    @Test
    void theJoinsAreWrittenAsTheyAreSaid() {
        assertThat(Hangul.reading("新羅")).isEqualTo("silla");
        assertThat(Hangul.reading("鍾路")).isEqualTo("jongno");
        assertThat(Hangul.reading("白翎")).isEqualTo("baengnyeong");
        assertThat(Hangul.reading("國民")).isEqualTo("gungmin");
    }

    @Test
    void anInitialRieulFollowsTheInitialSoundRule() {
        assertThat(Hangul.reading("利川")).isEqualTo("icheon");
        assertThat(Hangul.reading("論山")).isEqualTo("nonsan");
    }

    @Test
    void aCharacterWithoutAKoreanReadingGivesNoReading() {
        assertThat(Hangul.reading("阴A")).isNull();
        assertThat(Hangul.reading("")).isNull();
    }
}
