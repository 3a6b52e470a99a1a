package org.youcheng.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a fresh database on the PostgreSQL server once per test JVM and points the application at it.
 * YOUCHENG_TEST_PG names the server (default jdbc:postgresql://127.0.0.1:5432/, user postgres), YOUCHENG_TEST_PG_DB
 * the database (default youcheng_test): two checkouts that run their tests at once give each its own name.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER =
            System.getenv().getOrDefault("YOUCHENG_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("YOUCHENG_TEST_PG_USER", "postgres");
    private static final String NAME = database(System.getenv().getOrDefault("YOUCHENG_TEST_PG_DB", "youcheng_test"));
    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext ctx) {
        create();
        ctx.getEnvironment()
                .getPropertySources()
                .addFirst(
                        new MapPropertySource("postgres-test", Map.of("youcheng.db", url(), "youcheng.db-user", USER)));
    }

    /** Only a plain name: it goes into DROP and CREATE DATABASE as it is. */
    static String database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("YOUCHENG_TEST_PG_DB must be a plain lower-case name, not " + name);
        }
        return name;
    }

    public static String url() {
        return SERVER + NAME;
    }

    /**
     * A fresh database of its own beside the test database (named after it, with this suffix), for a test that
     * runs youcheng in another process; returns a URL with the user in it, as the command line takes it.
     */
    public static String fresh(String suffix) {
        String name = database(NAME + "_" + suffix);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is required for the tests and is not reachable at " + SERVER + " as " + USER
                            + " (.ci/run starts it): " + e.getMessage(),
                    e);
        }
        return SERVER + name + "?user=" + USER;
    }

    static synchronized void create() {
        if (created) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME + " with (force)");
            s.execute("create database " + NAME + " encoding 'UTF8' template template0");
            created = true;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is required for the tests and is not reachable at " + SERVER + " as " + USER
                            + " (.ci/run starts it): " + e.getMessage(),
                    e);
        }
    }
}
