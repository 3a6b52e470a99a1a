package org.youcheng.io;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an import's database work on one background thread inside the caller's transaction (it binds the
 * caller's connection to that thread), so that checking the next rows here and writing the last batch there
 * overlap on two cores. One batch is in flight at a time and only that thread touches the connection until
 * {@link #await()} returns.
 */
final class TransactionWorker implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "youcheng-import-writer");
        t.setDaemon(true);
        return t;
    });
    private final Map<Object, Object> resources = Map.copyOf(TransactionSynchronizationManager.getResourceMap());
    private Future<?> inFlight = CompletableFuture.completedFuture(null);

    /** Waits for the batch before, then hands this one over and returns at once. */
    void submit(Runnable task) {
        await();
        inFlight = executor.submit(() -> {
            resources.forEach(TransactionSynchronizationManager::bindResource);
            try {
                task.run();
            } finally {
                resources.keySet().forEach(TransactionSynchronizationManager::unbindResource);
            }
        });
    }

    /** Waits for the work handed over; its failure is thrown here. */
    void await() {
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing an import", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            await();
        } finally {
            executor.shutdown();
        }
    }
}
