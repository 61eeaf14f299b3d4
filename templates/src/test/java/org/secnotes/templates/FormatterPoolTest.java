package org.secnotes.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The pool that lends each ICU formatter to one thread at a time: it never lends one instance to
 * two threads at once, builds no more instances than threads held at the same moment, and makes
 * a thread that needs the formatter while its first, slow build is under way wait for that
 * instance instead of building its own.
 */
class FormatterPoolTest {

    /** A pool of plain objects that counts its builds; a build may wait for a latch, or fail. */
    private static final class CountingPool extends FormatterPool<Object> {
        final AtomicInteger makes = new AtomicInteger();
        final CountDownLatch release;
        final boolean firstFails;

        CountingPool(CountDownLatch release, boolean firstFails) {
            this.release = release;
            this.firstFails = firstFails;
        }

        @Override
        Object make() {
            int n = makes.incrementAndGet();
            try {
                if (n == 1 && !release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the first build");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (n == 1 && firstFails) {
                throw new IllegalStateException("the first build fails");
            }
            return new Object();
        }
    }

    private static CountingPool released() {
        return new CountingPool(new CountDownLatch(0), false);
    }

    @Test
    void oneThreadUsingAFormatterAgainAndAgainBuildsItOnce() {
        CountingPool pool = released();
        Object first = pool.borrow();
        pool.giveBack(first);
        for (int i = 0; i < 100; i++) {
            Object again = pool.borrow();
            assertSame(first, again);
            pool.giveBack(again);
        }
        assertEquals(1, pool.built());
    }

    /** Also the case of one thread that borrows again while it holds the first instance: it must not wait for itself. */
    @Test
    void twoHoldersAtOnceGetTwoInstancesAndLaterUsersShareThem() {
        CountingPool pool = released();
        Object a = pool.borrow();
        Object b = pool.borrow();
        assertNotSame(a, b);
        pool.giveBack(a);
        pool.giveBack(b);
        for (int i = 0; i < 10; i++) {
            Object c = pool.borrow();
            Object d = pool.borrow();
            assertNotSame(c, d);
            pool.giveBack(d);
            pool.giveBack(c);
        }
        assertEquals(2, pool.built());
    }

    @Test
    void aThreadThatNeedsTheFormatterDuringItsFirstBuildWaitsForThatInstance() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountingPool pool = new CountingPool(release, false);
        CompletableFuture<Object> builder = CompletableFuture.supplyAsync(() -> {
            Object instance = pool.borrow();
            pool.giveBack(instance);
            return instance;
        });
        awaitMakes(pool, 1);
        Thread waiter = new Thread(() -> pool.giveBack(pool.borrow()));
        waiter.start();
        awaitWaiting(waiter);
        release.countDown();
        waiter.join(10_000);
        assertEquals(Thread.State.TERMINATED, waiter.getState());
        builder.get(10, TimeUnit.SECONDS);
        assertEquals(1, pool.built(), "the waiting thread built a second instance");
    }

    @Test
    void aFailedFirstBuildLetsTheWaitingThreadBuildItsOwn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountingPool pool = new CountingPool(release, true);
        CompletableFuture<Object> builder = CompletableFuture.supplyAsync(pool::borrow);
        awaitMakes(pool, 1);
        CompletableFuture<Object> waiter = new CompletableFuture<>();
        Thread thread = new Thread(() -> waiter.complete(pool.borrow()));
        thread.start();
        awaitWaiting(thread);
        release.countDown();
        assertThrows(Exception.class, () -> builder.get(10, TimeUnit.SECONDS));
        waiter.get(10, TimeUnit.SECONDS);
        assertEquals(1, pool.built());
    }

    private static void awaitMakes(CountingPool pool, int makes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.makes.get() < makes && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(makes, pool.makes.get());
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(Thread.State.TIMED_WAITING, thread.getState());
    }
}
