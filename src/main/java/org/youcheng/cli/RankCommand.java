package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.Ranking;
import org.youcheng.analytics.RankingService;
import org.youcheng.registry.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Ranks every Chinese place of a level by the friendship-interaction index (docs/ranking.md).")
class RankCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--level", required = true, paramLabel = "province|prefecture|county|district")
    String level;

    @Option(names = "--year", paramLabel = "Y", description = "as at the end of this year (default: this year)")
    Integer year;

    @Option(names = "--json", description = "print one JSON object with every place and its breakdown")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Level l;
        try {
            l = Level.fromCode(level);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--level: not a level: " + level
                    + " (province, prefecture, county or district)");
        }
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            int y = year == null ? LocalDate.now(ctx.getBean(Clock.class)).getYear() : year;
            Ranking r = ctx.getBean(RankingService.class).rank(l, y);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ctx.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(r));
            } else {
                for (Ranking.Entry e : r.places()) {
                    if (e.index() == 0) {
                        break;
                    }
                    out.printf("%4d  %6.2f  %s  %s%n", e.rank(), e.index(), e.place().nameZh(),
                            e.provinceZh() == null ? "" : e.provinceZh());
                }
            }
            out.flush();
            return Cli.OK;
        }
    }
}
