package org.youcheng.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;

/**
 * Accounts: made, changed and disabled by an admin (or the local operator), each change audited with the account
 * before and after (never its password hash), each update at the version it was read at.
 */
@Service
public class AccountService {

    private static final String NAME = "[\\p{L}\\p{N}._@-]{2,100}";

    private final AccountRepository accounts;
    private final PlaceScope places;
    private final PasswordEncoder passwords;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final int minPassword;

    AccountService(AccountRepository accounts, PlaceScope places, PasswordEncoder passwords,
                   Permissions permissions, AuditTrail audit, Clock clock, YouchengProperties properties) {
        this.accounts = accounts;
        this.places = places;
        this.passwords = passwords;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.minPassword = properties.security().minPasswordLength();
    }

    @Transactional
    public Account add(String name, char[] password, Role role, List<String> scope) {
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
        long id = accounts.insert(name, passwords.encode(java.nio.CharBuffer.wrap(password)), role,
                clock.instant());
        accounts.setScope(id, scopeIds);
        Account made = accounts.find(id).orElseThrow();
        audit.record("account_create", "account", id, null, made);
        return made;
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

    /** Changes role, enabled and scope at once; a stale version changes nothing and gets the current account. */
    @Transactional
    public Account update(long id, AccountChange change) {
        permissions.requireAdmin();
        Account before = get(id);
        if (before.version() != change.version()) {
            throw stale(before, change.version());
        }
        Role role = change.role() == null ? before.role() : change.role();
        List<FieldError> errors = new ArrayList<>();
        List<String> given = change.scope() != null ? change.scope()
                : role == Role.EDITOR ? before.scope().stream().map(Account.ScopePlace::code).toList() : List.of();
        Set<Long> scopeIds = scope(role, given, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int v = before.version();
        if (role != before.role() && !accounts.setRole(id, v++, role, clock.instant())) {
            throw stale(get(id), change.version());
        }
        if (change.enabled() != null && change.enabled() != before.enabled()
                && !accounts.setEnabled(id, v, change.enabled(), clock.instant())) {
            throw stale(get(id), change.version());
        }
        accounts.setScope(id, scopeIds);
        Account after = get(id);
        audit.record("account_update", "account", id, before, after);
        return after;
    }

    @Transactional
    public Account setPassword(String name, char[] password) {
        permissions.requireAdmin();
        Account before = get(name);
        List<FieldError> errors = new ArrayList<>();
        checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!accounts.setPassword(before.id(), before.version(),
                passwords.encode(java.nio.CharBuffer.wrap(password)), clock.instant())) {
            throw stale(get(name), before.version());
        }
        Account after = get(name);
        audit.record("account_password", "account", before.id(), before, after);
        return after;
    }

    private void checkPassword(char[] password, List<FieldError> errors) {
        if (password == null || password.length < minPassword) {
            errors.add(new FieldError("password", null, "at least " + minPassword
                    + " characters (youcheng.security.min-password-length)", "short_password"));
        }
    }

    private Set<Long> scope(Role role, List<String> given, List<FieldError> errors) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> scope = given == null ? List.of() : given;
        if (role == Role.EDITOR && scope.isEmpty()) {
            errors.add(new FieldError("scope", null, "an editor needs at least one Chinese place (--scope 370000)",
                    "no_scope"));
        }
        if (role != Role.EDITOR && !scope.isEmpty()) {
            errors.add(new FieldError("scope", scope, "only an editor has a scope", "scope_not_editor"));
        }
        for (String s : scope) {
            places.chinese(s).ifPresentOrElse(ids::add, () -> errors.add(new FieldError("scope", s,
                    "no Chinese place with this code or name", "no_such_place")));
        }
        return ids;
    }

    private static ConflictException stale(Account current, int yours) {
        return new ConflictException("account " + current.name() + " was changed by someone else (version "
                + current.version() + ", yours " + yours + "); nothing was saved", current);
    }
}
