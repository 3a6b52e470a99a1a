package org.youcheng.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;
import org.youcheng.security.internal.AccountRepository;
import org.youcheng.security.internal.TokenRepository;

/**
 * Personal API tokens: 32 random bytes, shown once as {@code yc_…}; only their SHA-256 is stored, so a copy of
 * the database gives no token away. A token lasts a number of days and can be revoked at any time.
 */
@Service
public record TokenService(
        TokenRepository tokens,
        AccountRepository accounts,
        AuditTrail audit,
        Clock clock,
        YouchengProperties properties,
        Permissions permissions,
        Transactions tx) {

    static final String PREFIX = "yc_";
    static final int MAX_LABEL = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token, made, and the token itself (shown once). */
    public record Issued(ApiToken token, String secret) {}

    /** Makes a token for an account; only an admin (or the local operator) makes tokens, for anyone. */
    public Issued issue(String accountName, Integer days, String label) {
        return tx.call(() -> {
            Account account = accounts.find(accountName)
                    .filter(Account::enabled)
                    .orElseThrow(() -> new NotFoundException("no enabled account named " + accountName));
            if (account.handedOver()) {
                throw new ValidationException(List.of(new org.youcheng.common.FieldError(
                        "account",
                        accountName,
                        "the account still has the one-time password it was given: it changes it first",
                        "password_change_first")));
            }
            int d = days == null ? properties.security().tokenDays() : days;
            if (d < 1 || d > properties.security().maxTokenDays()) {
                throw new ValidationException(List.of(new org.youcheng.common.FieldError(
                        "days",
                        d,
                        "from 1 to " + properties.security().maxTokenDays() + " (youcheng.security.max-token-days)",
                        "out_of_range")));
            }
            if (label != null && label.length() > MAX_LABEL) {
                throw new ValidationException(List.of(new org.youcheng.common.FieldError(
                        "label", label.length(), "at most " + MAX_LABEL + " characters", "too_long")));
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Instant now = clock.instant();
            long id = tokens.insert(account.id(), hash(secret), label, now, now.plus(Duration.ofDays(d)));
            ApiToken made = tokens.find(id).orElseThrow();
            audit.record("token_issue", "api_token", id, null, made);
            return new Issued(made, secret);
        });
    }

    /** Makes a token for the account signed in (the pages' "my tokens"); anonymous and the operator have none. */
    public Issued issueOwn(Integer days, String label) {
        return tx.call(() -> issue(own().name(), days, label == null || label.isBlank() ? null : label.strip()));
    }

    /** Revokes a token of the account signed in; another account's token is, to it, no token at all. */
    public ApiToken revokeOwn(long id) {
        return tx.call(() -> {
            String me = own().name();
            tokens.find(id)
                    .filter(t -> t.account().equals(me))
                    .orElseThrow(() -> new NotFoundException("no token with id " + id + " of " + me));
            return revoke(id);
        });
    }

    private Actor own() {
        Actor a = permissions.actor();
        if (a.accountId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("sign in to manage your tokens");
        }
        return a;
    }

    /** The account a presented token belongs to, when it is known, not expired, not revoked. */
    public Optional<TokenRepository.Holder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.holder(hash(secret), clock.instant());
    }

    public List<ApiToken> of(String accountName) {
        return tokens.of(accountName);
    }

    public ApiToken revoke(long id) {
        return tx.call(() -> {
            ApiToken before = tokens.find(id).orElseThrow(() -> new NotFoundException("no token with id " + id));
            if (!tokens.revoke(id, clock.instant())) {
                return before; // revoked already: nothing changes, nothing to record
            }
            ApiToken after = tokens.find(id).orElseThrow();
            audit.record("token_revoke", "api_token", id, before, after);
            return after;
        });
    }

    /** Revokes every usable token of an account; returns how many. */
    public int revokeAll(String accountName) {
        return tx.call(() -> {
            int n = 0;
            for (ApiToken t : tokens.of(accountName)) {
                if (t.usable(clock.instant())) {
                    revoke(t.id());
                    n++;
                }
            }
            return n;
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
