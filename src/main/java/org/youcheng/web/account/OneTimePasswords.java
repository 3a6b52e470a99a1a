package org.youcheng.web.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Passwords an admin hands over once (a new account, a reset): five groups of four letters and digits without the
 * look-alikes (0/O, 1/l/I), so that they can be read out on the telephone; about 99 bits of chance.
 */
@Component
class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    char[] next() {
        StringBuilder out = new StringBuilder(24);
        for (int group = 0; group < 5; group++) {
            if (group > 0) {
                out.append('-');
            }
            for (int i = 0; i < 4; i++) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        char[] password = new char[out.length()];
        out.getChars(0, out.length(), password, 0);
        return password;
    }
}
