package org.secnotes.templates;

import java.util.ArrayDeque;

/**
 * The instances of one ICU formatter (one pattern's MessageFormat, one locale's spell-out rules),
 * each lent to one thread at a time. ICU's formatters are not thread-safe, and building one costs
 * far more than using it (in a cold JVM, tens of milliseconds: the first date format loads the
 * time zones and the calendar data), so a pool holds as many instances as threads have needed at
 * the same moment, and builds no more.
 *
 * <p>One pool per formatter, not one set of all of a template's formatters per thread: with sets,
 * a thread that found every set lent out built a whole new set, and each formatter it needed again
 * in each set it happened to get, so two threads starting at once built most formatters twice.
 * While a thread builds a pool's first instance, another that needs it waits for that instance
 * instead of running the same cold build beside it on the same processors.
 *
 * <p>Thread-safe. Callers give back each instance in a {@code finally} block:
 * <pre>T f = pool.borrow(); try { use(f); } finally { pool.giveBack(f); }</pre>
 *
 * @param <T> the formatter's type
 */
abstract class FormatterPool<T> {

    /** How long a thread waits for the first instance before it builds its own. */
    private static final long MAX_WAIT_NANOS = 2_000_000_000L;

    /** The instances no thread holds; guarded by {@code this}. */
    private final ArrayDeque<T> idle = new ArrayDeque<>(2);
    /** How many instances exist; guarded by {@code this}. */
    private int built;
    /**
     * The thread that builds or holds the first instance until it first gives it back, else
     * null; guarded by {@code this}.
     */
    private Thread firstHolder;

    /** @return a new instance of the formatter */
    abstract T make();

    /**
     * Lends an instance: an idle one, else the first one once the thread building it gives it back
     * (a cold build is slow, using an instance is not), else a new one. The wait is bounded, and
     * the thread holding the first instance never waits for it, so a thread that borrows twice
     * gets a second instance rather than waiting for itself.
     *
     * @return an instance that no other thread holds until it is given back
     */
    final T borrow() {
        synchronized (this) {
            T instance = idle.pollFirst();
            long deadline = instance == null ? System.nanoTime() + MAX_WAIT_NANOS : 0;
            while (instance == null && firstHolder != null && firstHolder != Thread.currentThread()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                instance = idle.pollFirst();
            }
            if (instance != null) {
                return instance;
            }
            if (built == 0 && firstHolder == null) {
                firstHolder = Thread.currentThread();
            }
        }
        T instance = null;
        try {
            instance = make();
        } finally {
            synchronized (this) {
                if (instance != null) {
                    built++;
                } else if (firstHolder == Thread.currentThread()) {
                    firstHolder = null; // the first build failed: the next thread tries again
                    notifyAll();
                }
            }
        }
        return instance;
    }

    /** Gives back an instance that {@link #borrow()} lent. */
    final void giveBack(T instance) {
        synchronized (this) {
            idle.offerFirst(instance);
            if (firstHolder != null) {
                firstHolder = null;
                notifyAll();
            }
        }
    }

    /** @return how many instances this pool has built: at most as many as threads used it at once */
    final synchronized int built() {
        return built;
    }
}
