package org.youcheng;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.youcheng.cli.Cli;

/** youcheng (友城): the registry of international friendship cities. Every run starts on the command line. */
@SpringBootApplication
public class YouchengApplication {

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
