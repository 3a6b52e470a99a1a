package org.youcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks under {@code bench/} are run by hand, so nothing else compiles them: when a type they use moves
 * (a repository into a feature's {@code internal} package, say), they stop compiling unseen. This compiles every
 * benchmark source against the application's classes and libraries, as the benchmarks' own scripts do, and holds
 * them to the rule the web, API and command line keep: a feature is reached through its face, never its internals.
 */
class BenchSourcesTests {

    static final Path BENCH = Path.of("bench");

    @Test
    void everyBenchmarkCompilesAgainstTheApplication(@TempDir Path out) throws IOException {
        List<Path> sources = benchmarkSources();
        assertThat(sources).as("benchmark sources under %s", BENCH).hasSizeGreaterThan(3);

        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        StringWriter messages = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = new ArrayList<>(
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
            compiled = compiler.getTask(
                            messages, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        assertThat(diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null))
                        .toList())
                .as("compile errors in the benchmarks")
                .isEmpty();
        assertThat(compiled).as(messages.toString()).isTrue();
    }

    @Test
    void benchmarksUseTheFeaturesFacesAsTheWaysInDo() throws IOException {
        List<String> reachingIn = new ArrayList<>();
        for (Path source : benchmarkSources()) {
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("import ") && line.contains(".internal.")) {
                    reachingIn.add(source + ": " + line);
                }
            }
        }
        assertThat(reachingIn).as("benchmark imports of internal types").isEmpty();
    }

    private static List<Path> benchmarkSources() throws IOException {
        try (Stream<Path> files = Files.walk(BENCH)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }
}
