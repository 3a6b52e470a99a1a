package org.youcheng.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.common.ConflictException;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.security.LocalOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand of a family (`user …`, `place …`) that changes data as the local operator, recorded as cli in the
 * audit trail: bad input is exit code 1 with the reason on stderr, every bad field named.
 */
abstract class OperatorSubcommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    abstract void run(ConfigurableApplicationContext ctx) throws Exception;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            return LocalOperator.call(() -> {
                try {
                    run(ctx);
                    return Cli.OK;
                } catch (ValidationException e) {
                    refuse(CliText.of(spec).invalid(e));
                    return Cli.BAD_INPUT;
                } catch (NotFoundException | ConflictException | IllegalArgumentException e) {
                    refuse(CliText.of(spec).failure(e));
                    return Cli.BAD_INPUT;
                }
            });
        } finally {
            spec.commandLine().getOut().flush();
        }
    }

    private void refuse(String reason) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + reason);
    }

    /** A line of the command line's language ({@code cli.out.*}). */
    String out(String key, Object... args) {
        return CliText.of(spec).out(key, args);
    }

    void print(String line) {
        spec.commandLine().getOut().println(line);
    }
}
