package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.common.ValidationException;
import org.youcheng.security.AuditEvent;
import org.youcheng.security.AuditQuery;
import org.youcheng.security.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit trail: every change, who made it, when, from where (web, api, cli), the values "
                + "before and after; oldest first.")
class AuditCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "2026-11-25 or an ISO instant")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "to the end of this day (or this instant)")
    String until;

    @Option(
            names = "--entity",
            paramLabel = "TYPE",
            description = "tie, tie_document, import_run, account, api_token …")
    String entity;

    @Option(names = "--user", paramLabel = "NAME", description = "an account name, or cli:NAME")
    String user;

    @Option(names = "--json", description = "one JSON array")
    boolean json;

    @Option(names = "--csv", description = "CSV with a header line")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            List<AuditEvent> events;
            try {
                events = ctx.getBean(AuditTrail.class)
                        .find(AuditQuery.of(since, until, entity, null, user, AuditQuery.MAX));
            } catch (ValidationException e) {
                spec.commandLine().getErr().println("youcheng audit: " + e.getMessage());
                return Cli.BAD_INPUT;
            }
            if (json) {
                out.println(ctx.getBean(ObjectMapper.class).writeValueAsString(events));
            } else if (csv) {
                AuditTrail.writeCsv(events, out);
            } else {
                CliText t = CliText.of(spec);
                for (AuditEvent e : events) {
                    out.println(e.at() + "\t" + e.actorName() + "\t" + t.term("audit.channel.", e.channel()) + "\t"
                            + t.term("audit.action.", e.action()) + "\t" + e.entity()
                            + (e.entityId() == null ? "" : " " + e.entityId()));
                }
            }
            out.flush();
            return Cli.OK;
        }
    }
}
