package org.youcheng.system;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The database youcheng runs on, from one setting: a directory means the embedded H2 file database in it
 * (opened in automatic mixed mode, so that the command line and a running server share it), a
 * {@code jdbc:postgresql:} URL means PostgreSQL, and any other {@code jdbc:h2:} URL is used as given.
 */
public record Database(String url, boolean postgres, java.nio.file.Path directory) {

    public Database(String url, boolean postgres) {
        this(url, postgres, null);
    }

    /** H2 speaks PostgreSQL's dialect closely enough in this mode for one set of migrations and queries. */
    static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public static Database of(String setting) {
        String s = setting == null || setting.isBlank() ? "./data" : setting.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            return new Database(s, true);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            listenOnLoopback();
            return new Database(s.contains("MODE=") ? s : s + H2_MODE, false);
        }
        if (s.startsWith("jdbc:")) {
            throw new IllegalArgumentException(
                    "unsupported database URL: " + s + " (use a directory for H2 or a jdbc:postgresql: URL)");
        }
        Path dir = Path.of(s).toAbsolutePath().normalize();
        listenOnLoopback();
        // a 64 MiB page cache (the default is 16) keeps the tie indexes of a million-row import in memory
        return new Database(
                "jdbc:h2:file:" + dir.resolve("youcheng") + H2_MODE + ";CACHE_SIZE=65536;AUTO_SERVER=TRUE", false, dir);
    }

    /**
     * Mixed mode starts H2's TCP server, which listens on every interface unless told otherwise; only processes on
     * this machine need it (the command line beside a running server). H2 reads the setting when its first class
     * loads, which is after this: the database is chosen before any connection is made. A bind address given on the
     * command line ({@code -Dh2.bindAddress}) is left as it is.
     */
    static void listenOnLoopback() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }

    static final String BIND_ADDRESS = "h2.bindAddress";

    /** What to show a person: the URL without any password in it. */
    public String display() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
