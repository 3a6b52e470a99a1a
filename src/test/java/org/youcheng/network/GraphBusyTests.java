package org.youcheng.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.youcheng.network.internal.GraphWork;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.TestData;

/**
 * With as much graph work under way as the settings allow (youcheng.graph.queue, 4), a request that needs more is
 * answered at once: 503 with Retry-After, as problem JSON from the API and as a page in the frame for the pages;
 * once the work is done the same requests answer. Run on H2 and PostgreSQL.
 */
abstract class GraphBusyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    @Autowired
    GraphWork work;

    private final ExecutorService holders = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void ties() {
        TestData.reset(db);
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, created_at,
                                 updated_at)
                values (:a, :b, 'sister', date '1980-01-01', 'day', 'active', :now, :now)""")
                .param("a", places.findByCode("CN-370200").orElseThrow().id())
                .param("b", places.findByCode("Q35765").orElseThrow().id())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    @AfterEach
    void letGo() {
        release.countDown();
        holders.shutdownNow();
    }

    private void fillTheQueue() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            String key = "held " + i;
            holders.submit(() -> work.await(key, stop -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return key;
            }));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (work.underWay() < 4) {
            assertThat(System.nanoTime()).as("the queue fills within 10 s").isLessThan(end);
            Thread.sleep(5);
        }
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndTheSameRequestsAnswerOnceItEmpties() throws Exception {
        fillTheQueue();
        long start = System.nanoTime();
        MockHttpServletResponse api = answer(get("/api/v1/graph/ranking").param("from", "1979"));
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isEqualTo("10");
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"title\":\"Busy\"")
                .contains("\"retry_after_seconds\":10");
        MockHttpServletResponse page = answer(get("/graph").param("kind", "sister"));
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("10");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("服务器正忙")
                .contains("10 秒后再试")
                .contains("<header");
        MockHttpServletResponse english =
                answer(get("/graph").param("kind", "sister").param("lang", "en"));
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("The server is busy");
        assertThat(System.nanoTime() - start)
                .as("refused at once, not after a wait")
                .isLessThan(TimeUnit.SECONDS.toNanos(5));

        release.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (work.underWay() > 0) {
            assertThat(System.nanoTime()).isLessThan(end);
            Thread.sleep(5);
        }
        assertThat(answer(get("/api/v1/graph/ranking").param("from", "1979")).getStatus())
                .isEqualTo(200);
        assertThat(answer(get("/graph").param("kind", "sister")).getStatus()).isEqualTo(200);
    }
}
