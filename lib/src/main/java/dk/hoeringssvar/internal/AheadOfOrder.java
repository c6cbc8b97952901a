package dk.hoeringssvar.internal;

import dk.hoeringssvar.render.RenderException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Computes {@code work(0)}, {@code work(1)} … {@code work(count - 1)} and hands the results to one
 * consumer in index order. With one thread the work runs in the caller's thread when it asks for the
 * next result. With more, that many threads of its own work ahead of the caller, at most two items each,
 * so memory stays bounded by a few results whatever {@code count} is.
 *
 * <p>The results, and the exception the caller sees, are those of the one-thread run: an item's
 * exception is thrown when the caller reaches that item, as the same exception. The threads end when
 * the instance is closed. One consumer; not thread-safe itself.
 *
 * @param <T> the result of one item
 */
public final class AheadOfOrder<T> implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int count;
    private final IntFunction<T> work;
    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private int submitted;
    private int taken;

    private AheadOfOrder(int count, IntFunction<T> work, int threads) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.count = count;
        this.work = Objects.requireNonNull(work, "work");
        this.pool = threads == 1 || count < 2 ? null : Executors.newFixedThreadPool(threads, daemons());
        if (pool != null) {
            while (submitted < Math.min(count, 2 * threads)) {
                submitNext();
            }
        }
    }

    /** Starts the work on {@code threads} threads (1: in the caller's thread, as it asks). */
    public static <T> AheadOfOrder<T> start(int count, IntFunction<T> work, int threads) {
        return new AheadOfOrder<>(count, work, threads);
    }

    /**
     * The result of the next item in order.
     *
     * @throws java.util.NoSuchElementException after the last item
     */
    public T next() {
        if (taken >= count) {
            throw new java.util.NoSuchElementException("all " + count + " items were taken");
        }
        if (pool == null) {
            return work.apply(taken++);
        }
        Future<T> future = pending.removeFirst();
        taken++;
        if (submitted < count) {
            submitNext();
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while laying out item " + (taken - 1), e);
        }
    }

    /** Stops the threads; work not yet taken is abandoned. */
    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(f -> f.cancel(true));
            pending.clear();
            pool.shutdownNow();
        }
    }

    private void submitNext() {
        int index = submitted++;
        pending.addLast(pool.submit(() -> work.apply(index)));
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new RenderException(String.valueOf(cause.getMessage()), cause);
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "hoeringssvar-layout-" + pool + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
