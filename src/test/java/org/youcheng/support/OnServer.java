package org.youcheng.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a test class against the whole application serving on a random port of loopback, on an embedded H2 database
 * (reference data loaded, no twin network). Every class so annotated shares one application; a class that needs other
 * settings adds them with {@code @TestPropertySource} and gets an application of its own, still on the same database,
 * so that the reference data is loaded once. Each class puts the data it reads in place itself ({@link TestData}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"youcheng.db=jdbc:h2:mem:youcheng-server;DB_CLOSE_DELAY=-1", "youcheng.load-network=false"})
public @interface OnServer {}
