package org.youcheng.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's delegating encoder (bcrypt now): hashes are stored with their scheme ({@code {bcrypt}…}), so a
 * stronger scheme can come later without locking anyone out. A bean of its own, outside the web's filter chains,
 * because the command line makes accounts too.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoders {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
