package org.youcheng.network.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;
import org.youcheng.network.GraphBusyException;
import org.youcheng.network.graph.Stop;

/**
 * Runs the expensive graph computations on a few threads of their own: one computation per key, whoever asks for
 * it (callers of the same key wait for the same result); at most {@code queue} keys running or waiting, more are
 * refused at once; a caller waits at most {@code waitSeconds}; and a computation that no caller waits for any more
 * (each gave up, was interrupted or timed out) is stopped through its {@link Stop}.
 */
@Component
public class GraphWork implements AutoCloseable {

    private final YouchengProperties.Graph settings;
    private final ExecutorService threads;
    private final Map<Object, Job<?>> running = new HashMap<>();
    private final AtomicInteger started = new AtomicInteger();

    @Autowired
    GraphWork(YouchengProperties properties) {
        this(properties.graph());
    }

    GraphWork(YouchengProperties.Graph settings) {
        this.settings = settings;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "graph-work-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One key's computation, its result and who waits for it; a kept one runs on when nobody waits. */
    private static final class Job<T> {
        final CompletableFuture<T> result = new CompletableFuture<>();
        final boolean kept;
        volatile boolean stopped;
        int waiting;

        Job(boolean kept) {
            this.kept = kept;
        }
    }

    /**
     * The result of the computation of {@code key}: started now, or the one already under way.
     *
     * @throws GraphBusyException when the queue is full, or the result takes longer than the wait
     */
    public <T> T await(Object key, Function<Stop, T> work) {
        return await(key, false, work);
    }

    /**
     * As {@link #await(Object, Function)}; a computation started {@code kept} runs on when its callers leave (the
     * work itself decides when it is no longer wanted), so that a caller who comes back finds it done.
     */
    public <T> T await(Object key, boolean kept, Function<Stop, T> work) {
        Job<T> job = join(key, kept, work);
        try {
            return settings.waitSeconds() == 0
                    ? job.result.get()
                    : job.result.get(settings.waitSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new GraphBusyException(
                    "the graph is being computed; it took longer than " + settings.waitSeconds() + " s",
                    settings.retryAfterSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphBusyException("the request was interrupted", settings.retryAfterSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            leave(key, job);
        }
    }

    /** Computations started since this bean was made (each key once while under way). */
    int started() {
        return started.get();
    }

    /** Keys running or waiting now. */
    public synchronized int underWay() {
        return running.size();
    }

    /** Callers waiting for this key's work now (0 when none is under way). */
    synchronized int waiting(Object key) {
        Job<?> job = running.get(key);
        return job == null ? 0 : job.waiting;
    }

    private synchronized <T> Job<T> join(Object key, boolean kept, Function<Stop, T> work) {
        @SuppressWarnings("unchecked")
        Job<T> job = (Job<T>) running.get(key);
        if (job == null) {
            if (running.size() >= settings.queue()) {
                throw new GraphBusyException(
                        "the server is busy computing " + running.size() + " graphs; ask again later",
                        settings.retryAfterSeconds());
            }
            Job<T> fresh = new Job<>(kept);
            running.put(key, fresh);
            started.incrementAndGet();
            threads.execute(() -> run(key, fresh, work));
            job = fresh;
        }
        job.waiting++;
        return job;
    }

    private <T> void run(Object key, Job<T> job, Function<Stop, T> work) {
        try {
            if (job.stopped) {
                throw new CancellationException("nobody waits for it any more");
            }
            job.result.complete(work.apply(() -> job.stopped));
        } catch (Throwable t) {
            job.result.completeExceptionally(t);
        } finally {
            forget(key, job);
        }
    }

    private synchronized void leave(Object key, Job<?> job) {
        job.waiting--;
        if (job.waiting == 0 && !job.kept && !job.result.isDone()) {
            job.stopped = true;
            running.remove(key, job);
        }
    }

    private synchronized void forget(Object key, Job<?> job) {
        running.remove(key, job);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
