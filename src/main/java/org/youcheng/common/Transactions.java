package org.youcheng.common;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a service holds a transaction: the work it is given runs inside the caller's transaction when there
 * is one, or inside a new one that commits when the work returns and rolls back when it throws. Services call it
 * around each public method that writes ({@link #call}, {@link #run}) or reads several tables as of one moment
 * ({@link #read}), instead of carrying {@code @Transactional}: the boundary stands in the code where a reader sees
 * it, a call from one method of the service to another cannot step around it (there is no proxy to step around),
 * and the service can be a record of its collaborators like every other bean.
 */
@Component
public final class Transactions {

    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final TransactionTemplate mandatory;

    public Transactions(PlatformTransactionManager manager) {
        this.write = new TransactionTemplate(manager);
        this.read = new TransactionTemplate(manager);
        this.read.setReadOnly(true);
        this.mandatory = new TransactionTemplate(manager);
        this.mandatory.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
    }

    /** Work that answers with a result and may throw {@code E} (inferred from the lambda; none: unchecked only). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /** Work without a result that may throw {@code E}. */
    @FunctionalInterface
    public interface Act<E extends Exception> {
        void run() throws E;
    }

    /** Runs work that writes and answers with its result; any exception it throws rolls it back. */
    public <T, E extends Exception> T call(Work<T, E> work) throws E {
        return in(write, work);
    }

    /** Runs work that writes; any exception it throws rolls it back. */
    public <E extends Exception> void run(Act<E> work) throws E {
        in(write, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work that only reads, as of one moment, and answers with its result. */
    public <T, E extends Exception> T read(Work<T, E> work) throws E {
        return in(read, work);
    }

    /** Runs work that only reads, as of one moment, and hands what it reads to a consumer of its own. */
    public <E extends Exception> void readInto(Act<E> work) throws E {
        in(read, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work that must be part of a transaction its caller holds (an audit record is written with the change it
     * records, never alone); without one it throws {@code IllegalTransactionStateException} and does nothing.
     */
    public void within(Runnable work) {
        mandatory.executeWithoutResult(status -> work.run());
    }

    /** Carries a checked exception of the work through the template, which rolls back on it, to the caller. */
    private static final class Checked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Checked(Exception cause) {
            super(cause);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Exception> T in(TransactionTemplate template, Work<T, E> work) throws E {
        try {
            return template.execute(status -> {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked e) {
            throw (E) e.getCause();
        }
    }
}
