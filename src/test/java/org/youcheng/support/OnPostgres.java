package org.youcheng.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the real PostgreSQL server on 127.0.0.1:5432 (a fresh database youcheng_test per
 * test JVM). A missing server fails the run; it never skips.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"youcheng.load-network=false", "youcheng.recheck=0s"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
public @interface OnPostgres {}
