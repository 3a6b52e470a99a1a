package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trie against a plain scan of its words, small (hashed first step) and large (first step by character, pair filter). */
class TrieTests {

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 12})
    void findsTheLongestWordAndItsValue(int capacity) {
        Trie trie = new Trie(capacity);
        trie.put("宁波", 1);
        trie.put("宁波市", 2);
        trie.put("宁", 3);
        trie.put("刚果布", 4);
        int[] value = new int[1];

        assertThat(trie.longest("在宁波市开会", 1, 6, value)).isEqualTo(4);
        assertThat(value[0]).isEqualTo(2);
        assertThat(trie.longest("宁夏", 0, 2, value)).isEqualTo(1);
        assertThat(value[0]).isEqualTo(3);
        assertThat(trie.longest("宁波市", 0, 2, value))
                .as("the limit cuts the word")
                .isEqualTo(2);
        assertThat(trie.longest("夏", 0, 1, value)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 12})
    void stepsOverBracketsInsideAWordEvenAfterItsFirstCharacter(int capacity) {
        Trie trie = new Trie(capacity);
        trie.put("刚果布", 4);
        trie.put("刚果", 5);
        int[] value = new int[1];

        assertThat(trie.longest("刚果(布)的", 0, 6, value)).isEqualTo(5);
        assertThat(value[0]).isEqualTo(4);
        assertThat(trie.longest("刚（果布", 0, 4, value)).isEqualTo(4);
        assertThat(value[0]).isEqualTo(4);
        // a bracket that closes after a word it did not open inside is no part of it: 中国(刚果)丝路论坛
        assertThat(trie.longest("刚果)丝路", 0, 5, value)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 12})
    void agreesWithAPlainScanOnRandomWords(int capacity) {
        Random random = new Random(20261205);
        String alphabet = "东西南北中山河湖海江州市县区省城镇乡村";
        Map<String, Integer> words = new HashMap<>();
        Trie trie = new Trie(capacity);
        for (int i = 0; i < 5_000; i++) {
            String w = randomText(random, alphabet, 1 + random.nextInt(5));
            trie.put(w, i);
            words.put(w, i);
        }
        String text = randomText(random, alphabet, 3_000);
        int[] value = new int[1];
        for (int from = 0; from < text.length(); from++) {
            int limit = Math.min(text.length(), from + 8);
            int expected = -1;
            int expectedValue = -1;
            for (int end = from + 1; end <= limit; end++) {
                Integer last = words.get(text.substring(from, end));
                if (last != null) {
                    expected = end;
                    expectedValue = last;
                }
            }
            assertThat(trie.longest(text, from, limit, value)).as("at %d", from).isEqualTo(expected);
            if (expected >= 0) {
                assertThat(value[0]).as("value at %d", from).isEqualTo(expectedValue);
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
