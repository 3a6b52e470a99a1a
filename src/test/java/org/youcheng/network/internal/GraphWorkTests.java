package org.youcheng.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youcheng.common.YouchengProperties;
import org.youcheng.network.GraphBusyException;

/** The graph work queue on its own: shared computations, a bounded queue, and work stopped when nobody waits. */
class GraphWorkTests {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    private static GraphWork work(int queue, int waitSeconds) {
        return new GraphWork(new YouchengProperties.Graph(1, queue, waitSeconds, 7, 8));
    }

    private static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within 10 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void concurrentCallersOfOneKeyShareOneComputation() throws Exception {
        try (GraphWork work = work(4, 30)) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> work.await("graph", stop -> {
                    runs.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return "metrics";
                })));
            }
            until(() -> runs.get() == 1);
            Thread.sleep(100); // the other seven have had time to join (or, wrongly, to start their own)
            release.countDown();
            for (Future<String> a : answers) {
                assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("metrics");
            }
            assertThat(runs.get()).isEqualTo(1);
            assertThat(work.started()).isEqualTo(1);
            // the answer is handed over before the worker forgets the key (a caller in between gets the answer too)
            until(() -> work.underWay() == 0);
        }
    }

    @Test
    void aFullQueueRefusesAtOnceSayingWhenToComeBack() throws Exception {
        try (GraphWork work = work(2, 30)) {
            CountDownLatch release = new CountDownLatch(1);
            for (String key : List.of("first", "second")) {
                callers.submit(() -> work.await(key, stop -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return key;
                }));
            }
            until(() -> work.underWay() == 2);
            long start = System.nanoTime();
            assertThatThrownBy(() -> work.await("third", stop -> "third"))
                    .isInstanceOfSatisfying(
                            GraphBusyException.class,
                            e -> assertThat(e.retryAfterSeconds()).isEqualTo(7));
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
            // a caller of a key under way still joins it
            Future<String> joined = callers.submit(() -> work.await("first", stop -> "again"));
            until(() -> work.waiting("first") == 2); // it has joined before the first work ends
            release.countDown();
            assertThat(joined.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            until(() -> work.underWay() == 0);
            String third = work.await("third", stop -> "third");
            assertThat(third).isEqualTo("third");
        }
    }

    @Test
    void workNobodyWaitsForAnyMoreIsStopped() throws Exception {
        try (GraphWork work = work(4, 1)) {
            AtomicBoolean sawStop = new AtomicBoolean();
            CountDownLatch ended = new CountDownLatch(1);
            assertThatThrownBy(() -> work.await("slow", stop -> {
                        try {
                            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                            while (System.nanoTime() < end) {
                                if (stop.raised()) {
                                    sawStop.set(true);
                                    stop.check();
                                }
                                Thread.onSpinWait();
                            }
                            return "done";
                        } finally {
                            ended.countDown();
                        }
                    }))
                    .isInstanceOf(GraphBusyException.class)
                    .hasMessageContaining("longer than 1 s");
            assertThat(ended.await(5, TimeUnit.SECONDS))
                    .as("the work ended soon after its caller left")
                    .isTrue();
            assertThat(sawStop).isTrue();
            assertThat(work.underWay()).isZero();
        }
    }

    @Test
    void keptWorkRunsOnWhenItsCallerLeavesAndTheNextCallerGetsItsResult() throws Exception {
        try (GraphWork work = work(4, 1)) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            java.util.function.Function<org.youcheng.network.graph.Stop, String> slow = stop -> {
                runs.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                stop.check();
                return "all live ties";
            };
            assertThatThrownBy(() -> work.await("live", true, slow)).isInstanceOf(GraphBusyException.class);
            assertThat(work.underWay()).as("still under way without a caller").isEqualTo(1);
            Future<String> again = callers.submit(() -> work.await("live", true, slow));
            Thread.sleep(200); // it has joined the work under way
            release.countDown();
            assertThat(again.get(10, TimeUnit.SECONDS)).isEqualTo("all live ties");
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    @Test
    void anInterruptedCallerLeavesAndItsWorkStops() throws Exception {
        try (GraphWork work = work(4, 30)) {
            AtomicBoolean sawStop = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1);
            Future<String> caller = callers.submit(() -> work.await("slow", stop -> {
                started.countDown();
                while (!stop.raised()) {
                    Thread.onSpinWait();
                }
                sawStop.set(true);
                stop.check();
                return "never";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            caller.cancel(true); // the request's thread is interrupted: its client is gone
            until(sawStop::get);
            until(() -> work.underWay() == 0);
        }
    }
}
