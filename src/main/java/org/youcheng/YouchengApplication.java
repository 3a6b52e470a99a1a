package org.youcheng;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.youcheng.cli.Cli;

/** youcheng (友城): the registry of international friendship cities. Every run starts on the command line. */
// no accounts yet (see security/SecurityConfig): no generated in-memory user either
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class YouchengApplication {

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
