package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have every label, and every label a template asks for exists. */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void theBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("messages.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(zh).isNotEmpty();
        assertThat(new TreeSet<>(en)).as("keys of messages_en.properties").isEqualTo(new TreeSet<>(zh));
    }

    @Test
    void everyKeyTheTemplatesUseIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages.properties")).as("messages.properties").containsAll(used);
        assertThat(keys("messages_en.properties")).as("messages_en.properties").containsAll(used);
    }

    @Test
    void templatesNeverWriteUnescapedText() throws IOException {
        for (Path template : templates()) {
            assertThat(Files.readString(template, StandardCharsets.UTF_8))
                    .as(template.toString())
                    .doesNotContain("th:utext", "[(");
        }
    }

    @Test
    void englishLabelsHaveNoChineseAndChineseLabelsHaveNoLatinWords() throws IOException {
        Properties en = load("messages_en.properties");
        for (String key : en.stringPropertyNames()) {
            if (!key.startsWith("lang.other")) {
                assertThat(en.getProperty(key)).as(key).doesNotContainPattern("\\p{IsHan}");
            }
        }
        Properties zh = load("messages.properties");
        for (String key : zh.stringPropertyNames()) {
            if (!key.startsWith("lang.other")) {
                assertThat(zh.getProperty(key).replaceAll("\\{[^}]*}", ""))
                        .as(key)
                        .doesNotContainPattern("[A-Za-z]{2,}");
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            List<Path> html = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(html).isNotEmpty();
            return html;
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        return load(bundle).stringPropertyNames();
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
