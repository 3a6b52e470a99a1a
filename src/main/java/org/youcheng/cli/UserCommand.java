package org.youcheng.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.security.Account;
import org.youcheng.security.AccountChange;
import org.youcheng.security.AccountService;
import org.youcheng.security.ApiToken;
import org.youcheng.security.Role;
import org.youcheng.security.TokenService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Accounts, run on the server as its local operator (recorded as cli in the audit trail): add, list, change,
 * disable and enable accounts, set passwords, make and revoke API tokens.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Accounts and their API tokens. The password is read from the terminal (typed twice) or, "
                + "without one, from the first line of standard input; never from an argument.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListAccounts.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class,
            UserCommand.Change.class,
            UserCommand.Password.class,
            UserCommand.Token.class,
            UserCommand.Tokens.class,
            UserCommand.Revoke.class
        })
class UserCommand extends CommandFamily {

    UserCommand() {
        super("name a subcommand: add, list, disable, enable, change, password, token, tokens or revoke");
    }

    /** The family's helpers beside {@link OperatorSubcommand}'s running as the local operator. */
    abstract static class Sub extends OperatorSubcommand {

        String describe(Account a) {
            return a.name() + "\t" + a.role().code() + "\t"
                    + out(a.enabled() ? "cli.out.account_enabled" : "cli.out.account_disabled") + "\t"
                    + String.join(
                            ",",
                            a.scope().stream()
                                    .map(p -> p.code() + " " + p.name())
                                    .toList())
                    + "\t" + out("cli.out.version", String.valueOf(a.version()));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static class Add extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "admin|editor|viewer")
        String role;

        @Option(
                names = "--scope",
                arity = "1..*",
                paramLabel = "PLACE",
                description = "an editor's Chinese places (GB/T 2260 code such as 370000, or the exact Chinese name); "
                        + "each with everything under it")
        List<String> scope = new ArrayList<>();

        @Override
        void run(ConfigurableApplicationContext ctx) throws Exception {
            Role r =
                    Role.parse(role).orElseThrow(() -> new IllegalArgumentException("--role: admin, editor or viewer"));
            AccountService accounts = ctx.getBean(AccountService.class);
            Account a = accounts.add(name, Passwords.read(name, accounts.passwordRules()), r, scope);
            print(out("cli.out.account_added", describe(a)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static class ListAccounts extends Sub {
        @Override
        void run(ConfigurableApplicationContext ctx) {
            ctx.getBean(AccountService.class).list().forEach(a -> print(describe(a)));
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disable an account: it can no longer sign in, and its tokens stop working.")
    static class Disable extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            print(out("cli.out.account_disabled_now", describe(setEnabled(ctx, name, false))));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static class Enable extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            print(out("cli.out.account_enabled_now", describe(setEnabled(ctx, name, true))));
        }
    }

    /** Enables or disables an account at the version just read. */
    static Account setEnabled(ConfigurableApplicationContext ctx, String name, boolean enabled) {
        AccountService accounts = ctx.getBean(AccountService.class);
        Account a = accounts.get(name);
        return accounts.update(a.id(), new AccountChange(a.version(), null, enabled, null));
    }

    @Command(name = "change", mixinStandardHelpOptions = true, description = "Change an account's role or scope.")
    static class Change extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", paramLabel = "admin|editor|viewer")
        String role;

        @Option(names = "--scope", arity = "1..*", paramLabel = "PLACE", description = "replaces the scope")
        List<String> scope;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            Role r = role == null
                    ? null
                    : Role.parse(role)
                            .orElseThrow(() -> new IllegalArgumentException("--role: admin, editor or viewer"));
            AccountService accounts = ctx.getBean(AccountService.class);
            Account a = accounts.get(name);
            print(out(
                    "cli.out.account_changed",
                    describe(accounts.update(a.id(), new AccountChange(a.version(), r, null, scope)))));
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set an account's password.")
    static class Password extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(ConfigurableApplicationContext ctx) throws Exception {
            AccountService accounts = ctx.getBean(AccountService.class);
            accounts.setPassword(name, Passwords.read(name, accounts.passwordRules()));
            print(out("cli.out.password_set", name));
        }
    }

    @Command(
            name = "token",
            mixinStandardHelpOptions = true,
            description = "Make a personal API token for an account and print it (once: only its hash is kept).")
    static class Token extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--days", paramLabel = "N", description = "how long it lasts (default 90)")
        Integer days;

        @Option(names = "--label", paramLabel = "TEXT", description = "what it is for")
        String label;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            TokenService.Issued t = ctx.getBean(TokenService.class).issue(name, days, label);
            spec.commandLine()
                    .getErr()
                    .println("token " + t.token().id() + " for " + name + ", valid until "
                            + t.token().expiresAt() + "; it is shown this once:");
            print(t.secret());
        }
    }

    @Command(
            name = "tokens",
            mixinStandardHelpOptions = true,
            description = "List an account's tokens (not the tokens themselves).")
    static class Tokens extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            for (ApiToken t : ctx.getBean(TokenService.class).of(name)) {
                print(t.id() + "\t" + (t.label() == null ? "" : t.label())
                        + "\t" + out("cli.out.token_created", String.valueOf(t.createdAt()))
                        + "\t" + out("cli.out.token_expires", String.valueOf(t.expiresAt()))
                        + (t.revokedAt() == null
                                ? ""
                                : "\t" + out("cli.out.token_revoked_at", String.valueOf(t.revokedAt())))
                        + (t.lastUsedAt() == null
                                ? ""
                                : "\t" + out("cli.out.token_last_used", String.valueOf(t.lastUsedAt()))));
            }
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revoke a token by its id (see tokens), or every token of an account with --all NAME.")
    static class Revoke extends Sub {
        @Parameters(paramLabel = "TOKEN_ID", arity = "0..1")
        Long id;

        @Option(names = "--all", paramLabel = "NAME")
        String all;

        @Override
        void run(ConfigurableApplicationContext ctx) {
            TokenService tokens = ctx.getBean(TokenService.class);
            if ((id == null) == (all == null)) {
                throw new IllegalArgumentException("give a token id or --all NAME");
            }
            if (all != null) {
                print(out("cli.out.tokens_revoked", tokens.revokeAll(all), all));
            } else {
                print(out(
                        "cli.out.token_revoked",
                        String.valueOf(tokens.revoke(id).id())));
            }
        }
    }
}
