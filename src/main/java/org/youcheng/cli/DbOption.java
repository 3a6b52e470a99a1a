package org.youcheng.cli;

import picocli.CommandLine.Option;

/** The --db option every subcommand shares; the environment variable YOUCHENG_DB is its default. */
class DbOption {

    @Option(
            names = "--db",
            paramLabel = "DIR|URL",
            description = "H2 database directory (default ./data, or $YOUCHENG_DB) or a jdbc:postgresql: URL")
    String db;

    String resolve() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("YOUCHENG_DB");
        return env == null || env.isBlank() ? "./data" : env;
    }
}
