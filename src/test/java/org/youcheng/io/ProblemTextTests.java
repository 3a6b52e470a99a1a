package org.youcheng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.youcheng.registry.ResolverNote;

/** The import's problems in the reader's language, from the application's own bundles. */
class ProblemTextTests {

    private final ProblemText text = new ProblemText(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void aCodedProblemIsSaidInChineseAndKeepsItsEnglishForEnglishReaders() {
        RowProblem bad =
                new BadFileException("bad_xlsx", "the file is not a readable .xlsx workbook (zip)", null).problem();
        assertThat(text.reason(bad, Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件不是可以读取的电子表格工作簿。");
        assertThat(text.reason(bad, Locale.ENGLISH)).isEqualTo("the file is not a readable .xlsx workbook (zip)");
    }

    @Test
    void withoutASentenceTheEnglishStandsInAChineseFrameThatSaysWhetherARowOrTheFileIsBad() {
        RowProblem row = new RowProblem(7, "partner", "x", "something new went wrong", null, List.of());
        RowProblem file = new RowProblem(0, null, null, "disk full", null, List.of());
        assertThat(text.reason(row, Locale.SIMPLIFIED_CHINESE)).isEqualTo("这一行有问题（英文说明：something new went wrong）");
        assertThat(text.reason(file, Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件有问题（英文说明：disk full）");
    }

    @Test
    void everyResolverNoteIsSaidInChineseWithoutEnglishWordsAndInEnglishAsTheResolverSaysIt() throws IOException {
        Properties en = new Properties();
        try (InputStream in = ProblemTextTests.class.getResourceAsStream("/messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> codes = new TreeSet<>();
        en.stringPropertyNames().stream()
                .filter(k -> k.startsWith("note.") && !k.equals("note.then"))
                .forEach(k -> codes.add(k.substring("note.".length())));
        assertThat(codes).contains("chose", "found", "not_in_gazetteer", "region_in_front", "spelling_taken");
        for (String code : codes) {
            ResolverNote note = new ResolverNote(code, sampleArgs(en.getProperty("note." + code)));
            RowProblem p = RowProblem.resolverNote(3, "partner", "某地", List.of(note, note));
            String zh = text.reason(p, Locale.SIMPLIFIED_CHINESE);
            assertThat(zh)
                    .as(code)
                    .doesNotContainPattern("[A-Za-z]{2,}")
                    .doesNotContain("{")
                    .isNotEqualTo(p.reason());
            assertThat(text.reason(p, Locale.ENGLISH))
                    .as(code)
                    .isEqualTo(p.reason())
                    .isEqualTo(ResolverNote.english(List.of(note, note)))
                    .doesNotContain("{");
        }
    }

    @Test
    void aChoiceIsSaidWithItsCandidatesInBothLanguages() {
        ResolverNote place = new ResolverNote(
                "place",
                List.of(
                        "圣何塞",
                        new ResolverNote("place.latin", List.of("San Jose")),
                        "US",
                        new ResolverNote("level.city", List.of()),
                        "",
                        new ResolverNote("place.people", List.of("1000000")),
                        "60"));
        ResolverNote other = new ResolverNote(
                "place",
                List.of(
                        "圣何塞",
                        "",
                        "UY",
                        new ResolverNote("level.city", List.of()),
                        new ResolverNote("place.in", List.of("圣何塞省")),
                        "",
                        "61"));
        ResolverNote chose = new ResolverNote(
                "chose",
                List.of(
                        "圣何塞",
                        "2",
                        new ResolverNote("list", List.of(place, other)),
                        place,
                        new ResolverNote("larger", List.of())));
        RowProblem p = RowProblem.resolverNote(3, "partner", "圣何塞", List.of(chose));
        assertThat(p.reason())
                .isEqualTo("'圣何塞' has 2 candidates: 圣何塞 San Jose (US, city, pop. 1000000, id 60); "
                        + "圣何塞 (UY, city, in 圣何塞省, id 61) — chose 圣何塞 San Jose (US, city, pop. 1000000, id 60) "
                        + "(the larger place)");
        assertThat(text.reason(p, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“圣何塞”有 2 个候选：圣何塞 San Jose（US，城市，"
                        + "人口 1000000，编号 60）；圣何塞（UY，城市，属于圣何塞省，编号 61）。选定 圣何塞 San Jose（US，城市，人口 1000000，"
                        + "编号 60）（人口较多的地方）");
    }

    /** As many Chinese sample arguments as the sentence takes (two for a list). */
    private static List<Object> sampleArgs(String english) {
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(english);
        int n = 0;
        while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
        }
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add("地" + i);
        }
        return args;
    }
}
