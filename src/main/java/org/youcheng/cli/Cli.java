package org.youcheng.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The command line: parses first, without Spring, so that --help and usage errors answer at once. */
public final class Cli {

    /** Returned by `serve`: the server runs on after main returns. */
    public static final int KEEP_RUNNING = -1;
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;

    private Cli() {
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new YouchengCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // Spring wraps a failed start in layers of bean errors; the innermost one says what is wrong
            line.getErr().println("youcheng: " + (root.getMessage() == null ? root : root.getMessage()));
            return e instanceof IllegalArgumentException ? BAD_INPUT : FAILURE;
        });
        return cl;
    }
}
