package org.youcheng.cli;

import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.registry.FlaggedPlace;
import org.youcheng.registry.MergePlan;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceCard;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.PlaceMending;
import org.youcheng.registry.PlaceMerge;
import org.youcheng.registry.TieMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Mending places, as the local operator (recorded as cli in the audit trail): the places flagged for review with
 * the known places they may be, rename, alias, merge a duplicate into the known place, mark reviewed.
 */
@Command(
        name = "place",
        mixinStandardHelpOptions = true,
        description = "Mend places that imports and the review queue created: list them, rename, add aliases, "
                + "merge a duplicate into the known place it really is, mark them reviewed.",
        subcommands = {
            PlaceCommand.Review.class,
            PlaceCommand.Rename.class,
            PlaceCommand.Alias.class,
            PlaceCommand.Merge.class,
            PlaceCommand.Reviewed.class
        })
class PlaceCommand extends CommandFamily {

    PlaceCommand() {
        super("name a subcommand: review, rename, alias, merge or reviewed");
    }

    /** The family's helpers beside {@link OperatorSubcommand}'s running as the local operator. */
    abstract static class Sub extends OperatorSubcommand {

        static Place find(ConfigurableApplicationContext ctx, String name) {
            return ctx.getBean(PlaceFinder.class).find(name);
        }

        String describe(Place p) {
            return p.id() + "\t" + p.code() + "\t" + (p.nameZh() == null ? "" : p.nameZh()) + "\t"
                    + (p.nameEn() == null ? "" : p.nameEn()) + "\t" + p.countryCode() + "\t"
                    + p.level().code()
                    + (p.needsReview() ? "\t" + out("cli.out.needs_review") : "") + "\t"
                    + out("cli.out.version", String.valueOf(p.version()));
        }

        String describe(PlaceCard c) {
            Place parent = c.parent();
            return describe(c.place()) + "\t" + (parent == null ? "-" : parent.name(true)) + "\t" + c.origin() + "\t"
                    + out("cli.out.card_ties", c.ties()) + "\t" + out("cli.out.card_activities", c.activities());
        }
    }

    @Command(
            name = "review",
            mixinStandardHelpOptions = true,
            description = "List the places flagged for review, newest first, each with the known places of its "
                    + "country whose names look like its own.")
    static class Review extends Sub {
        @Option(names = "--limit", defaultValue = "100", description = "places to list (default 100)")
        int limit;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        void run(ConfigurableApplicationContext ctx) throws Exception {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit: 1 or more");
            }
            PlaceMending.Flagged flagged = ctx.getBean(PlaceMending.class).flagged(limit);
            if (json) {
                print(JsonOut.of(ctx, flagged));
                return;
            }
            print(out("cli.out.flagged", flagged.total()));
            for (FlaggedPlace f : flagged.places()) {
                print(describe(f.card()));
                f.lookalikes().forEach(l -> print("  " + out("cli.out.looks_like") + "\t" + describe(l)));
            }
        }
    }

    @Command(
            name = "rename",
            mixinStandardHelpOptions = true,
            description = "Give a place new names; its old names stay as aliases.")
    static class Rename extends Sub {
        @Parameters(paramLabel = "PLACE", description = "code (Q8686, YC-…), id, or exact name")
        String place;

        @Option(names = "--zh", paramLabel = "NAME", description = "the Chinese name")
        String zh;

        @Option(names = "--en", paramLabel = "NAME", description = "the English name")
        String en;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            Place p = find(ctx, place);
            print(out(
                    "cli.out.renamed", describe(ctx.getBean(PlaceMending.class).rename(p.id(), p.version(), zh, en))));
        }
    }

    @Command(
            name = "alias",
            mixinStandardHelpOptions = true,
            description = "Add another name of a place, so that tables that write it so resolve to it.")
    static class Alias extends Sub {
        @Parameters(index = "0", paramLabel = "PLACE", description = "code, id, or exact name")
        String place;

        @Parameters(index = "1", paramLabel = "ALIAS")
        String alias;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            Place p = find(ctx, place);
            print(out(
                    "cli.out.alias_added",
                    alias,
                    describe(ctx.getBean(PlaceMending.class).addAlias(p.id(), alias))));
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            description = "Merge a duplicate place into the known place it really is: its ties move (or combine "
                    + "with the known place's tie to the same place), everything else that names it follows, its "
                    + "names become aliases, and it is deleted. Prints what moved.")
    static class Merge extends Sub {
        @Parameters(paramLabel = "DUPLICATE", description = "code, id, or exact name of the place to merge away")
        String duplicate;

        @Option(names = "--into", required = true, paramLabel = "KNOWN", description = "code, id or exact name")
        String into;

        @Option(names = "--dry-run", description = "print what would move; change nothing")
        boolean dryRun;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            Place d = find(ctx, duplicate);
            Place k = find(ctx, into);
            PlaceMerge merge = ctx.getBean(PlaceMerge.class);
            MergePlan plan = dryRun ? merge.plan(d.id(), k.id()) : merge.merge(d.id(), k.id());
            print(out(dryRun ? "cli.out.would_merge" : "cli.out.merged", describe(plan.duplicate())));
            print(out("cli.out.merge_into", describe(plan.known())));
            for (TieMove m : plan.ties()) {
                print("  "
                        + out(
                                "cli.out.merge_tie",
                                String.valueOf(m.tieId()),
                                out("cli.out.merge_outcome."
                                        + m.outcome().name().toLowerCase(Locale.ROOT)),
                                m.outcome() == TieMove.Outcome.COMBINED
                                        ? out("cli.out.merge_combined_into", String.valueOf(m.survivorId()))
                                        : "",
                                m.other() == null ? "?" : m.other().name(true)));
            }
            plan.references().forEach((what, n) -> {
                if (n > 0) {
                    print("  " + what + "\t" + n);
                }
            });
            print("  " + out("cli.out.aliases", String.join(", ", plan.names())));
        }
    }

    @Command(
            name = "reviewed",
            mixinStandardHelpOptions = true,
            description = "Mark a place reviewed (clear its review flag).")
    static class Reviewed extends Sub {
        @Parameters(paramLabel = "PLACE", description = "code, id, or exact name")
        String place;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            Place p = find(ctx, place);
            print(out(
                    "cli.out.reviewed", describe(ctx.getBean(PlaceMending.class).markReviewed(p.id(), p.version()))));
        }
    }
}
