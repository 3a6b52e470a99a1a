package org.youcheng.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.Dimension;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.PeerGroup;
import org.youcheng.analytics.Ranking;
import org.youcheng.analytics.RankingService;
import org.youcheng.analytics.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "rank",
        mixinStandardHelpOptions = true,
        description = "Ranks every Chinese place of a level by the friendship-interaction index (docs/ranking.md).")
class RankCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(
            names = "--level",
            required = true,
            paramLabel = "province|prefecture|county|district|cities|major",
            description = "a level, or cities (prefecture level and above) or major (sub-provincial cities and "
                    + "provincial capitals)")
    String level;

    @Mixin
    FigureOptions figures;

    @Option(names = "--json", description = "print one JSON object with every place and its breakdown")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PeerGroup l = OptionValues.read(spec, () -> FigureParams.peers(level));
        Scope s = figures.checked(spec);
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Ranking r = ctx.getBean(RankingService.class).rank(l, figures.year(ctx), s);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOut.of(ctx, r));
            } else {
                CliText t = CliText.of(spec);
                boolean zh = t.chinese();
                if (!r.noData().isEmpty()) {
                    out.println(t.out(
                            "cli.out.no_data_anywhere",
                            String.join(
                                    ", ",
                                    r.noData().stream()
                                            .map(code -> zh
                                                    ? Dimension.valueOf(code.toUpperCase(java.util.Locale.ROOT))
                                                            .zh()
                                                    : code)
                                            .toList()),
                            r.applied()));
                }
                for (Ranking.Entry e : r.places()) {
                    if (e.rank() == null) {
                        break;
                    }
                    String province = zh ? e.provinceZh() : e.provinceEn();
                    out.printf(
                            java.util.Locale.ROOT,
                            "%4d  %6.2f  %s  %s%n",
                            e.rank(),
                            e.index(),
                            e.place().name(zh),
                            province == null ? "" : province);
                }
                out.println(t.out(
                        "cli.out.ranked",
                        r.ranked(),
                        r.places().size(),
                        zh ? l.zh() : l.code(),
                        String.valueOf(r.year()),
                        zh ? t.say("ranking.scope." + s.code()) : s.code()));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
