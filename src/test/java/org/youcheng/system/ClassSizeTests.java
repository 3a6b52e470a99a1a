package org.youcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes with one job: no file of the application's code is longer than {@value #MOST_LINES} lines as the
 * formatter writes it (blank lines and comments count; the formatter decides the layout, so the figure is stable).
 * A class that grows past it has taken on a second job; split it.
 */
class ClassSizeTests {

    static final int MOST_LINES = 250;
    static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainClassIsLongerThanTheLimit() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> new Sized(file, lines(file)))
                    .filter(sized -> sized.lines() > MOST_LINES)
                    .map(sized -> sized.file() + " (" + sized.lines() + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("classes over %d lines", MOST_LINES).isEmpty();
    }

    @Test
    void theSourceTreeIsWhereTheTestLooks() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java")).count())
                    .isGreaterThan(100);
        }
    }

    private record Sized(Path file, long lines) {}

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
