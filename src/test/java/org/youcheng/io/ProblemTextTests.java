package org.youcheng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

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
        RowProblem bad = new BadFileException("bad_xlsx", "the file is not a readable .xlsx workbook (zip)", null)
                .problem();
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
}
