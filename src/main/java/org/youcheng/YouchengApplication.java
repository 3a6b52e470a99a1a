package org.youcheng;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * youcheng (友城): the registry of international friendship cities. The application's configuration root; runs start
 * on the command line ({@code cli/Main}), which depends on this class and never the other way round.
 */
// no accounts yet (see security/internal/SecurityConfig): no generated in-memory user either
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class YouchengApplication {}
