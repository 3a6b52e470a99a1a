package org.youcheng.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.YouchengProperties;

/**
 * What a password must be: at least the configured length, at most the 72 bytes (in UTF-8) that bcrypt reads, and
 * none of the commonest passwords. The list is the password list of zxcvbn (MIT licence) as the npm package
 * {@code @zxcvbn-ts/language-common} 4.1.3 ships it, its entries of 8 characters or more, compared without case
 * (README, Data sources and licences).
 */
@Component
public class PasswordPolicy {

    /** bcrypt reads no further than this; Spring Security refuses a longer password rather than cut it. */
    static final int MAX_BYTES = 72;

    private static final String LIST = "security/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(YouchengProperties properties) {
        this.minLength = properties.security().minPasswordLength();
        this.common = load();
    }

    /** The rules in words, Chinese first, for wherever a password is chosen. */
    public String rules() {
        return "密码至少 " + minLength + " 个字符，最多 " + MAX_BYTES + " 字节（UTF-8）：约 " + MAX_BYTES
                + " 个英文字母或数字，或 24 个汉字，因为 bcrypt 不读第 " + MAX_BYTES + " 字节之后的内容；最常见的密码不能用。"
                + " / At least " + minLength + " characters and at most " + MAX_BYTES + " bytes in UTF-8 (about "
                + MAX_BYTES + " Latin letters or digits, or 24 Chinese characters), because bcrypt reads nothing "
                + "past byte " + MAX_BYTES + "; the commonest passwords are refused.";
    }

    /** The first rule a password breaks, as an error of the field {@code password}. */
    public Optional<FieldError> check(char[] password) {
        if (password == null || password.length < minLength) {
            return Optional.of(new FieldError(
                    "password",
                    null,
                    "密码太短，至少 " + minLength + " 个字符 / at least " + minLength
                            + " characters (youcheng.security.min-password-length)",
                    "short_password"));
        }
        if (StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_BYTES) {
            return Optional.of(new FieldError(
                    "password",
                    null,
                    "密码太长：最多 " + MAX_BYTES + " 字节（约 " + MAX_BYTES
                            + " 个英文字母或 24 个汉字），bcrypt 不读之后的部分 / too long: at most " + MAX_BYTES
                            + " bytes in UTF-8 (about " + MAX_BYTES
                            + " Latin letters or 24 Chinese characters); bcrypt "
                            + "reads nothing past byte " + MAX_BYTES,
                    "long_password"));
        }
        if (common.contains(new String(password).toLowerCase(Locale.ROOT))) {
            return Optional.of(new FieldError(
                    "password",
                    null,
                    "这是最常见的密码之一，请另选 / one of the commonest " + "passwords, which are tried first: choose another",
                    "common_password"));
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.isBlank())
                    .forEach(l -> words.add(l.strip().toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
