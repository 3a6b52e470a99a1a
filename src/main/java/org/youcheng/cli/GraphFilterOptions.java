package org.youcheng.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.youcheng.common.PartialDate;
import org.youcheng.network.GraphFilter;
import org.youcheng.registry.TieKind;
import picocli.CommandLine.Option;

/** Which ties the graph commands look at. */
class GraphFilterOptions {

    @Option(
            names = "--kind",
            split = ",",
            paramLabel = "KIND",
            description = "only ties of these kinds (sister, partner, intent, unverified; comma-separated)")
    List<String> kinds = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "only ties signed on or after (1990, 1990-05 …)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "only ties signed up to the end of (2010, 2010-12 …)")
    String to;

    @Option(names = "--with-ended", description = "include ended ties")
    boolean withEnded;

    GraphFilter filter() {
        Set<TieKind> set = EnumSet.noneOf(TieKind.class);
        for (String k : kinds) {
            set.add(GraphFilter.kind(k)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--kind: unknown kind '" + k + "'; use " + GraphFilter.KINDS)));
        }
        return new GraphFilter(
                set,
                from == null ? null : PartialDate.parse(from).firstDay(),
                to == null ? null : PartialDate.parse(to).lastDay(),
                withEnded);
    }
}
