package org.youcheng.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.youcheng.common.ClientLanguage;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.io.ImportReport;
import org.youcheng.io.ProblemText;
import org.youcheng.io.RowProblem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's messages in the language of its environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}:
 * Chinese when it starts with {@code zh}, English otherwise), from the pages' message bundles ({@code cli.*} and the
 * {@code error.*} sentences of field errors), and what commands print on success ({@code cli.out.*}). English is what
 * the services say, unchanged. The help texts ({@code --help}) are in the same language ({@link Cli#HELP}).
 * It is read before Spring starts, so that usage errors are in the same language.
 */
final class CliText {

    private static final ResourceBundleMessageSource BUNDLES = bundles();
    /** An option's own complaint, as commands throw it: {@code --role: admin, editor or viewer}. */
    private static final Pattern OPTION_MESSAGE = Pattern.compile("(--[a-z-]+): (.+)", Pattern.DOTALL);

    private final Locale locale;

    CliText(Map<String, String> environment) {
        this.locale = ClientLanguage.ofEnvironment(environment);
    }

    /** The text of the command line a subcommand runs in. */
    static CliText of(CommandSpec spec) {
        return spec.root().userObject() instanceof YouchengCommand root ? root.text : new CliText(Map.of());
    }

    Locale locale() {
        return locale;
    }

    boolean chinese() {
        return ClientLanguage.chinese(locale);
    }

    String say(String key, Object... args) {
        return BUNDLES.getMessage(key, args, locale);
    }

    /**
     * A line a command prints ({@code cli.out.*}): counts and ids as plain digits, as scripts and the JSON write them
     * (MessageFormat would group them: 5,470).
     */
    String out(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? String.valueOf(args[i]) : args[i];
        }
        return say(key, plain);
    }

    /**
     * A code word (an audit action, a channel) in words on a Chinese command line; its code in English, where the
     * code is what scripts match on.
     */
    String term(String prefix, String code) {
        return chinese() && code != null ? BUNDLES.getMessage(prefix + code, null, code, locale) : code;
    }

    /** A place the user named and the registry lacks. */
    String unknownPlace(String name, NotFoundException e) {
        return chinese() ? say("cli.unknown_place", name) : e.getMessage();
    }

    /** A record that is not there, asked for by a term this command does not know apart. */
    String notFound(NotFoundException e) {
        return chinese() ? say("cli.not_found", e.getMessage()) : e.getMessage();
    }

    /** Bad input: each field with why, as the API says it ({@code error.<code>}, else its English). */
    String invalid(ValidationException e) {
        return e.errors().stream().map(f -> f.field() + ": " + field(f)).collect(Collectors.joining("; "));
    }

    private String field(FieldError f) {
        if (!chinese()) {
            return f.message();
        }
        String known = f.sentence(BUNDLES, locale);
        return known != null ? known : say("api.detail.field", f.message());
    }

    /** A failure a command did not catch: what the innermost cause says, in words of the language where known. */
    String failure(Throwable root) {
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        if (!chinese()) {
            return message;
        }
        if (root instanceof AccessDeniedException) {
            return say("cli.not_allowed", message);
        }
        if (root instanceof ValidationException v) {
            return invalid(v);
        }
        if (root instanceof NotFoundException n) {
            return notFound(n);
        }
        Matcher m = OPTION_MESSAGE.matcher(message);
        if (root instanceof IllegalArgumentException && m.matches()) {
            return say("cli.bad_value", m.group(1), m.group(2));
        }
        return say("cli.failure", message);
    }

    /** A file that imported nothing: every listed bad row with why ({@link ProblemText}), in this language. */
    String importRefused(ImportReport r, ProblemText problems) {
        if (!chinese()) {
            return r.text();
        }
        StringBuilder b = new StringBuilder(say("cli.import.bad", r.file(), r.errorCount())).append('\n');
        for (RowProblem p : r.errors()) {
            b.append("  ").append(problem(p, problems)).append('\n');
        }
        if (r.errorCount() > r.errors().size()) {
            b.append("  ")
                    .append(say("cli.import.more", r.errorCount() - r.errors().size()))
                    .append('\n');
        }
        return b.toString();
    }

    /** A bad row or a warning in Chinese: where (the file, or row, column and value), then why. */
    String problem(RowProblem p, ProblemText problems) {
        String where = p.row() == 0
                ? say("cli.import.file")
                : say("cli.import.row", p.row())
                        + (p.column() == null ? "" : say("cli.import.column", p.column()))
                        + (p.value() == null ? "" : say("cli.import.value", p.value()));
        return where + "：" + problems.reason(p, locale);
    }

    /** A command line picocli cannot parse. */
    String usage(CommandLine.ParameterException e) {
        if (!chinese()) {
            return e.getMessage();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return say("cli.unmatched", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return say("cli.missing", m.getMissing().stream().map(CliText::name).collect(Collectors.joining(", ")));
        }
        if (e.getArgSpec() != null) {
            return say("cli.bad_value", name(e.getArgSpec()), e.getMessage());
        }
        Matcher m = OPTION_MESSAGE.matcher(e.getMessage());
        return m.matches() ? say("cli.bad_value", m.group(1), m.group(2)) : say("cli.usage", e.getMessage());
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
