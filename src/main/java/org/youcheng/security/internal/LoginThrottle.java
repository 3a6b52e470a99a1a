package org.youcheng.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;

/**
 * Slows password guessing without handing anyone a way to lock others out. Each account name and each network
 * address has a count of failed sign-ins; after {@code failures-before-delay} of a name (or
 * {@code failures-before-delay-per-address} of an address) every further attempt must wait, from the last
 * failure, {@code first-delay-seconds}, doubled with each failure, at most {@code max-delay-seconds}. An attempt
 * made too early is refused without looking at the password and counts for nothing, so a storm of wrong
 * passwords cannot stretch the wait: the owner of a name under attack signs in once the short wait is over, and
 * a storm from one address slows only that address. A success clears the name's count; a count is forgotten
 * {@code failure-memory-minutes} after its last failure. Kept in memory: a restart forgets, which costs an
 * attacker nothing he could not get by waiting, and one server is what youcheng runs on.
 */
@Component
class LoginThrottle {

    /** Failures so far and when the last one was. */
    private record Failures(int count, Instant last) {}

    private static final int SWEEP_ABOVE = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration memory;
    private final Duration first;
    private final Duration longest;
    private final int freePerName;
    private final int freePerAddress;

    LoginThrottle(Clock clock, YouchengProperties properties) {
        YouchengProperties.Security s = properties.security();
        this.clock = clock;
        this.memory = Duration.ofMinutes(s.failureMemoryMinutes());
        this.first = Duration.ofSeconds(s.firstDelaySeconds());
        this.longest = Duration.ofSeconds(s.maxDelaySeconds());
        this.freePerName = s.failuresBeforeDelay();
        this.freePerAddress = s.failuresBeforeDelayPerAddress();
    }

    /** How long this name, from this address, must still wait before its password is checked; zero for now. */
    Duration wait(String name, String address) {
        Instant now = clock.instant();
        Duration byName = wait("name:" + name, freePerName, now);
        Duration byAddress = address == null ? Duration.ZERO : wait("addr:" + address, freePerAddress, now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    void failed(String name, String address) {
        Instant now = clock.instant();
        add("name:" + name, now);
        if (address != null) {
            add("addr:" + address, now);
        }
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> forgotten(f, now));
        }
    }

    void succeeded(String name) {
        failures.remove("name:" + name);
    }

    private Duration wait(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || forgotten(f, now) || f.count() < free) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last().plus(delayAfter(f.count() - free)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The wait after {@code over} failures beyond the free ones: first, then doubled each time, capped. */
    Duration delayAfter(int over) {
        // 2^20 seconds is beyond any sensible cap; stop doubling before the shift overflows
        Duration d = first.multipliedBy(1L << Math.min(over, 20));
        return d.compareTo(longest) > 0 ? longest : d;
    }

    private void add(String key, Instant now) {
        failures.compute(
                key,
                (k, f) -> f == null || forgotten(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    private boolean forgotten(Failures f, Instant now) {
        return f.last().plus(memory).isBefore(now);
    }
}
