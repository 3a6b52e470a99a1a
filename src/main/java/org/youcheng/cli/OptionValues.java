package org.youcheng.cli;

import java.util.function.Supplier;
import org.youcheng.common.ValidationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads an option's value with the reader the API and the pages use ({@code FigureParams}, {@code ReportFormat.of}),
 * so all three give one answer to a bad value; here it is a usage error ({@link Cli#USAGE}) before any database is
 * opened, in the command line's language.
 */
final class OptionValues {

    private OptionValues() {}

    static <T> T read(CommandSpec spec, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ValidationException e) {
            throw new ParameterException(
                    spec.commandLine(), "--" + CliText.of(spec).invalid(e));
        }
    }
}
