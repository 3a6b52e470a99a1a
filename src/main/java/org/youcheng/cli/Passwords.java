package org.youcheng.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a password from the terminal without echo, typed twice, or, when there is no terminal (a script, a pipe),
 * as the first line of standard input. Never from an argument: arguments show in the process list and the shell's
 * history.
 */
final class Passwords {

    private Passwords() {}

    /** The password, after the rules it must keep (shown at a terminal, where a person chooses it). */
    static char[] read(String forWhom, String rules) throws IOException {
        Console console = System.console();
        if (terminal(console)) {
            console.printf("%s%n", rules);
            char[] first = console.readPassword("password for %s: ", forWhom);
            char[] again = console.readPassword("the same again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
            Arrays.fill(again, ' ');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException(
                    "no password: type it at the terminal, or give it as the first line " + "of standard input");
        }
        return line.toCharArray();
    }

    /** On JDK 22 and newer System.console() exists without a terminal too; isTerminal() (22+) tells. */
    private static boolean terminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console is a terminal
        }
    }
}
