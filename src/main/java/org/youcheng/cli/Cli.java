package org.youcheng.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;

/** The command line: parses first, without Spring, so that --help and usage errors answer at once. */
public final class Cli {

    /** Returned by `serve`: the server runs on after main returns. */
    public static final int KEEP_RUNNING = -1;

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;

    /** The help texts ({@code --help}) in Chinese, keyed as picocli reads them. */
    static final String HELP = "org.youcheng.cli.Help";

    private Cli() {}

    public static int run(String... args) {
        return commandLine(
                        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8))
                .execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** The command line whose messages are in the language of this environment ({@link CliText}). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CliText text = new CliText(environment);
        CommandLine cl = new CommandLine(new YouchengCommand(text));
        if (text.chinese()) {
            // the annotations' English is the fallback; every subcommand without a bundle of its own takes this one
            cl.setResourceBundle(ResourceBundle.getBundle(HELP, Locale.CHINESE));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            line.getErr().println(text.usage(e));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, line.getErr())) {
                line.usage(line.getErr());
            }
            return line.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // Spring wraps a failed start in layers of bean errors; the innermost one says what is wrong
            line.getErr().println("youcheng: " + text.failure(root));
            return e instanceof IllegalArgumentException ? BAD_INPUT : FAILURE;
        });
        return cl;
    }
}
