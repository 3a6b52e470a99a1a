package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the dictionary's tags decide whether a foreign name written alone is a word or a name. */
class CommonWordsTests {

    @Test
    void wordsOfTheLanguageAreNoNames() {
        assertThat(CommonWords.word("准备")).isTrue(); // a verb, though a Turkish village bears the label
        assertThat(CommonWords.word("体育场")).isTrue();
        assertThat(CommonWords.word("芝加哥")).isFalse(); // a place's name (ns)
        assertThat(CommonWords.word("大阪")).isFalse(); // a person's name (nr): a name all the same
    }

    @Test
    void rareNamesAreWordsOnlyToTheDictionary() {
        // filed first as another proper noun (nz), or as a noun seen once and nothing else
        assertThat(CommonWords.word("克利夫兰")).isTrue();
        assertThat(CommonWords.rareName("克利夫兰")).isTrue();
        assertThat(CommonWords.rareName("卡萨布兰卡")).isTrue();
        assertThat(CommonWords.rareName("休斯敦")).isTrue();
        // words in common use are not, nor any word under three characters (万达, 天安: brands and words first)
        assertThat(CommonWords.rareName("体育场")).isFalse();
        assertThat(CommonWords.rareName("代表团")).isFalse();
        assertThat(CommonWords.rareName("万达")).isFalse();
        assertThat(CommonWords.rareName("友谊")).isFalse();
    }
}
