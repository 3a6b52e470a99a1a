package org.youcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file database is opened in automatic mixed mode, which starts H2's TCP server so that the command line can
 * share a database a running server holds. That server listens on loopback only: another machine cannot reach it.
 * H2 reads where to listen once per JVM, so the database is opened in a JVM of its own, as {@code serve} opens it.
 */
class H2ServerBindingTests {

    @TempDir
    Path dir;

    /** Opens the database as the application does, says so, and holds it open until its input closes. */
    public static final class Open {
        @SuppressWarnings("try") // the connection is held only to keep the database (and its server) open
        public static void main(String[] args) throws Exception {
            Database db = Database.of(args[0]);
            try (Connection c = DriverManager.getConnection(db.url(), "sa", "")) {
                System.out.println("open");
                System.out.flush();
                System.in.read();
            }
        }
    }

    @Test
    void theServerOfMixedModeListensOnLoopbackOnly() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Open.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            Properties lock = new Properties();
            try (Reader r = Files.newBufferedReader(dir.resolve("youcheng.lock.db"), StandardCharsets.ISO_8859_1)) {
                lock.load(r);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("the lock file names the server").isNotNull();
            String host = server.substring(0, server.lastIndexOf(':'));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(InetAddress.getByName(host).isLoopbackAddress())
                    .as(server)
                    .isTrue();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            }
            List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .toList();
            assertThat(others)
                    .as("a network address other than loopback to try")
                    .isNotEmpty();
            for (InetAddress other : others) {
                assertThatThrownBy(() -> {
                            try (Socket s = new Socket()) {
                                s.connect(new InetSocketAddress(other, port), 5_000);
                            }
                        })
                        .as(other.toString())
                        .isInstanceOf(java.io.IOException.class);
            }
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }
}
