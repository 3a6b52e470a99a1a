package org.youcheng.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** What the security tests that ask the app through MockMvc share: the fixture's accounts and places, and the answer. */
abstract class SecurityMvcTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    SecurityFixture f;

    @BeforeEach
    void fixture() {
        f = new SecurityFixture(context);
    }

    MockHttpServletResponse answer(RequestBuilder r) throws Exception {
        return mvc.perform(r).andReturn().getResponse();
    }
}
