package org.youcheng.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.security.internal.AccountRepository;
import org.youcheng.security.internal.PasswordPolicy;
import org.youcheng.security.internal.PlaceScope;

/**
 * Accounts: made, changed and disabled by an admin (or the local operator), each change audited with the account
 * before and after (never its password hash), each update at the version it was read at.
 */
@Service
public record AccountService(
        AccountRepository accounts,
        PlaceScope places,
        PasswordEncoder passwords,
        PasswordPolicy policy,
        TokenService tokens,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        Transactions tx) {

    private static final String NAME = "[\\p{L}\\p{N}._@-]{2,100}";

    /** An account with the password its user chose (the command line asks for it). */
    public Account add(String name, char[] password, Role role, List<String> scope) {
        return add(name, password, role, scope, false);
    }

    /**
     * An account; with {@code oneTime} its password is one an admin hands over, which the account must change at its
     * first sign-in before it does anything else.
     */
    public Account add(String name, char[] password, Role role, List<String> scope, boolean oneTime) {
        return tx.call(() -> {
            permissions.requireAdmin();
            List<FieldError> errors = new ArrayList<>();
            if (name == null || !name.matches(NAME)) {
                errors.add(new FieldError("name", name, "2 to 100 letters, digits or . _ @ -", "bad_name"));
            } else if (accounts.find(name).isPresent()) {
                errors.add(new FieldError("name", name, "an account of this name exists", "name_taken"));
            }
            checkPassword(password, errors);
            if (role == null) {
                errors.add(new FieldError("role", null, "admin, editor or viewer", "bad_role"));
            }
            Set<Long> scopeIds = scope(role, scope, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            long id = accounts.insert(
                    name, passwords.encode(java.nio.CharBuffer.wrap(password)), role, oneTime, clock.instant());
            accounts.setScope(id, scopeIds);
            Account made = accounts.find(id).orElseThrow();
            audit.record("account_create", "account", id, null, made);
            return made;
        });
    }

    public List<Account> list() {
        permissions.requireAdmin();
        return accounts.all();
    }

    public Account get(String name) {
        return accounts.find(name).orElseThrow(() -> new NotFoundException("no account named " + name));
    }

    public Account get(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("no account with id " + id));
    }

    /**
     * Changes role, enabled and scope at once, raising the version once for any of them; a stale version changes
     * nothing and gets the current account. The last enabled admin stays one (someone must be able to make admins),
     * and disabling an account revokes its tokens, so that enabling it again revives none of them.
     */
    public Account update(long id, AccountChange change) {
        return tx.call(() -> {
            permissions.requireAdmin();
            Account before = get(id);
            if (before.version() != change.version()) {
                throw stale(before, change.version());
            }
            Role role = change.role() == null ? before.role() : change.role();
            boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
            List<FieldError> errors = new ArrayList<>();
            List<String> given = change.scope() != null
                    ? change.scope()
                    : role == Role.EDITOR
                            ? before.scope().stream()
                                    .map(Account.ScopePlace::code)
                                    .toList()
                            : List.of();
            Set<Long> scopeIds = scope(role, given, errors);
            if (before.role() == Role.ADMIN
                    && before.enabled()
                    && (role != Role.ADMIN || !enabled)
                    && accounts.lockEnabledAdmins().size() <= 1) {
                errors.add(new FieldError(
                        role != Role.ADMIN ? "role" : "enabled",
                        role != Role.ADMIN ? role : enabled,
                        before.name() + " is the last enabled admin: make another admin first, or no one could manage "
                                + "accounts any more",
                        "last_admin"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Set<Long> scopeBefore = new LinkedHashSet<>(
                    before.scope().stream().map(Account.ScopePlace::id).toList());
            if (role == before.role() && enabled == before.enabled() && scopeIds.equals(scopeBefore)) {
                return before;
            }
            if (!accounts.change(id, before.version(), role, enabled, clock.instant())) {
                throw stale(get(id), change.version());
            }
            accounts.setScope(id, scopeIds);
            Account after = get(id);
            audit.record("account_update", "account", id, before, after);
            if (before.enabled() && !enabled) {
                tokens.revokeAll(before.name());
            }
            return after;
        });
    }

    /** Sets an account's password as its user chose it (the command line asks for it). */
    public Account setPassword(String name, char[] password) {
        return setPassword(name, password, false);
    }

    /** Sets an account's password; {@code oneTime}: one an admin hands over, changed at the next sign-in. */
    public Account setPassword(String name, char[] password, boolean oneTime) {
        return tx.call(() -> {
            permissions.requireAdmin();
            return writePassword(get(name), password, oneTime, new ArrayList<>());
        });
    }

    /**
     * The account signed in changes its own password, naming the one it has: the end of a one-time password. The
     * new one follows the policy and differs from the old.
     */
    public Account changeOwnPassword(char[] current, char[] next) {
        return tx.call(() -> {
            Actor me = permissions.actor();
            Account before = me.anonymous() || me.accountId() == null
                    ? null
                    : accounts.find(me.accountId()).orElse(null);
            if (before == null) {
                throw new org.springframework.security.access.AccessDeniedException("sign in to change a password");
            }
            List<FieldError> errors = new ArrayList<>();
            String hash = accounts.passwordHash(before.name()).orElse(null);
            if (current == null || hash == null || !passwords.matches(java.nio.CharBuffer.wrap(current), hash)) {
                errors.add(new FieldError("current", null, "this is not the account's password", "wrong_password"));
            } else if (next != null && java.util.Arrays.equals(current, next)) {
                errors.add(new FieldError(
                        "password", null, "choose a password other than the one handed over", "same_password"));
            }
            return writePassword(before, next == null ? new char[0] : next, false, errors);
        });
    }

    private Account writePassword(Account before, char[] password, boolean oneTime, List<FieldError> errors) {
        checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!accounts.setPassword(
                before.id(),
                before.version(),
                passwords.encode(java.nio.CharBuffer.wrap(password)),
                oneTime,
                clock.instant())) {
            throw stale(get(before.id()), before.version());
        }
        Account after = get(before.id());
        audit.record("account_password", "account", before.id(), before, after);
        return after;
    }

    private void checkPassword(char[] password, List<FieldError> errors) {
        policy.check(password).ifPresent(errors::add);
    }

    /** What a password must be, in words, Chinese first (shown where one is chosen). */
    public String passwordRules() {
        return policy.rules();
    }

    private Set<Long> scope(Role role, List<String> given, List<FieldError> errors) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> scope = given == null ? List.of() : given;
        if (role == Role.EDITOR && scope.isEmpty()) {
            errors.add(new FieldError(
                    "scope", null, "an editor needs at least one Chinese place (--scope 370000)", "no_scope"));
        }
        if (role != Role.EDITOR && !scope.isEmpty()) {
            errors.add(new FieldError("scope", scope, "only an editor has a scope", "scope_not_editor"));
        }
        for (String s : scope) {
            places.chinese(s)
                    .ifPresentOrElse(
                            ids::add,
                            () -> errors.add(new FieldError(
                                    "scope", s, "no Chinese place with this code or name", "no_such_place")));
        }
        return ids;
    }

    private static ConflictException stale(Account current, int yours) {
        return new ConflictException(
                "account " + current.name() + " was changed by someone else (version " + current.version() + ", yours "
                        + yours + "); nothing was saved",
                current);
    }
}
