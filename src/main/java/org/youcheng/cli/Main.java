package org.youcheng.cli;

/** The jar's entry point: every run starts on the command line, which starts the application when it needs it. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
