package org.youcheng.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;

/**
 * Slows password guessing: after {@code max-failures} failed sign-ins for one account name, or
 * {@code max-failures-per-address} from one network address, within {@code lockout-minutes}, further attempts for
 * it are refused (even with the right password) until the oldest failure is that old. A successful sign-in clears
 * the account name's failures. Kept in memory: a restart forgets, which costs an attacker nothing he could not get
 * by waiting, and one server is what youcheng runs on.
 */
@Component
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int perName;
    private final int perAddress;

    LoginThrottle(Clock clock, YouchengProperties properties) {
        this.clock = clock;
        this.window = Duration.ofMinutes(properties.security().lockoutMinutes());
        this.perName = properties.security().maxFailures();
        this.perAddress = properties.security().maxFailuresPerAddress();
    }

    boolean locked(String name, String address) {
        return count("name:" + name) >= perName || (address != null && count("addr:" + address) >= perAddress);
    }

    void failed(String name, String address) {
        add("name:" + name);
        if (address != null) {
            add("addr:" + address);
        }
    }

    void succeeded(String name) {
        failures.remove("name:" + name);
    }

    int lockoutMinutes() {
        return (int) window.toMinutes();
    }

    private void add(String key) {
        failures.compute(key, (k, q) -> {
            Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
            d.addLast(clock.instant());
            prune(d);
            return d;
        });
    }

    private int count(String key) {
        int[] n = {0};
        failures.computeIfPresent(key, (k, q) -> {
            prune(q);
            n[0] = q.size();
            return q.isEmpty() ? null : q;
        });
        return n[0];
    }

    private void prune(Deque<Instant> d) {
        Instant oldest = clock.instant().minus(window);
        while (!d.isEmpty() && d.peekFirst().isBefore(oldest)) {
            d.removeFirst();
        }
    }
}
