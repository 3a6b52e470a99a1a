package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CuedPatternTests {

    private static int find(Pattern p, String s, int from, int to) {
        Matcher m = p.matcher(s).region(from, to);
        return m.find() ? m.start() : -1;
    }

    @Test
    void overAWholeLineItFindsWhatTheMatcherFinds() {
        // an anchor at the line's start and a look-behind at the match's start: both see the whole line
        CuedPattern mark = new CuedPattern(Pattern.compile("^\\s*友城\\s*$|(?<![第\\d])\\d+个|名单"), "0123456789名");
        for (String line : List.of(" 友城 ", "第12个", "共12个", "友城名单", "友城一览", "12个", "")) {
            assertThat(mark.find(line, 0, line.length()))
                    .as(line)
                    .isEqualTo(find(mark.pattern(), line, 0, line.length()));
        }
        assertThat(mark.find("第12个", 0, 4)).as("2 follows a digit").isEqualTo(-1);
    }

    @Test
    void overPartOfATextItFindsWhatTheMatcherFinds() {
        CuedPattern period =
                new CuedPattern(Pattern.compile("新增|(?:19|20)\\d{2}年?(?<!截)(?:到|至)(?:19|20)\\d{2}"), "12新");
        String s = "截至2020年，新增友城3个；1996年至2012年共结好5对";
        for (int from = 0; from < s.length(); from++) {
            for (int to = from; to <= s.length(); to++) {
                assertThat(period.find(s, from, to))
                        .as("[%d, %d)", from, to)
                        .isEqualTo(find(period.pattern(), s, from, to));
            }
        }
    }
}
