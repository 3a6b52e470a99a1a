package org.youcheng.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs a test class against an embedded H2 database (one per test JVM, with the reference data loaded). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "youcheng.db=jdbc:h2:mem:youcheng-test;DB_CLOSE_DELAY=-1",
            "youcheng.load-network=false",
            "youcheng.recheck=0s"
        })
@AutoConfigureMockMvc
public @interface OnH2 {}
