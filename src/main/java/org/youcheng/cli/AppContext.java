package org.youcheng.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.YouchengApplication;

/** Starts the application for a subcommand: with the web server for `serve`, without it for the rest. */
final class AppContext {

    private AppContext() {}

    static ConfigurableApplicationContext start(String db, boolean web, Map<String, Object> extra) {
        Map<String, Object> props = new LinkedHashMap<>(extra);
        props.put("youcheng.db", db);
        if (!web) {
            // a command waits for its graph however long it takes: the bound is for requests to the server
            props.putIfAbsent("youcheng.graph.wait-seconds", 0);
        }
        // as command-line arguments, so that they win over application.properties
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(YouchengApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(web)
                .run(args);
    }
}
