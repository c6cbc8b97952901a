package dk.hoeringssvar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AheadOfOrderTest {

    private static List<Integer> takeAll(AheadOfOrder<Integer> ahead, int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(ahead.next());
        }
        return out;
    }

    @Test
    void resultsComeInIndexOrderWhateverTheThreadsFinishFirst() {
        for (int threads : new int[] {1, 2, 5}) {
            // Early items take longest, so later ones finish first on several threads.
            try (AheadOfOrder<Integer> ahead = AheadOfOrder.start(40, i -> {
                busy((40 - i) * 20_000);
                return i * i;
            }, threads)) {
                List<Integer> results = takeAll(ahead, 40);
                assertThat(results).as("%d threads", threads).hasSize(40);
                for (int i = 0; i < 40; i++) {
                    assertThat(results.get(i)).isEqualTo(i * i);
                }
                assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
            }
        }
    }

    @Test
    void oneThreadWorksInTheCallersThreadOnlyWhenAsked() {
        AtomicInteger made = new AtomicInteger();
        Thread caller = Thread.currentThread();
        try (AheadOfOrder<Thread> ahead = AheadOfOrder.start(3, i -> {
            made.incrementAndGet();
            return Thread.currentThread();
        }, 1)) {
            assertThat(made).hasValue(0);
            assertThat(ahead.next()).isSameAs(caller);
            assertThat(made).hasValue(1);
        }
    }

    @Test
    void severalThreadsWorkOffTheCallersThreadNoMoreAtOnceThanThereAreThreads() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        Set<String> names = ConcurrentHashMap.newKeySet();
        try (AheadOfOrder<Integer> ahead = AheadOfOrder.start(100, i -> {
            started.incrementAndGet();
            names.add(Thread.currentThread().getName());
            await(release);
            return i;
        }, 2)) {
            Thread.sleep(100);
            assertThat(started.get()).isLessThanOrEqualTo(2);
            release.countDown();
            assertThat(takeAll(ahead, 100)).startsWith(0, 1, 2).endsWith(99);
        }
        assertThat(names).allMatch(name -> name.startsWith("hoeringssvar-layout-")).hasSizeBetween(1, 2);
    }

    @Test
    void theFirstFailingItemInOrderIsThrownAsItself() {
        IllegalStateException third = new IllegalStateException("item 3");
        for (int threads : new int[] {1, 3}) {
            try (AheadOfOrder<Integer> ahead = AheadOfOrder.start(10, i -> {
                if (i == 3) {
                    throw third;
                }
                if (i == 6) {
                    throw new IllegalArgumentException("item 6");
                }
                return i;
            }, threads)) {
                assertThat(takeAll(ahead, 3)).containsExactly(0, 1, 2);
                assertThatThrownBy(ahead::next).isSameAs(third);
            }
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> AheadOfOrder.start(1, i -> i, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> AheadOfOrder.start(-1, i -> i, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
        try (AheadOfOrder<Integer> none = AheadOfOrder.start(0, i -> i, 4)) {
            assertThatThrownBy(none::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    private static void busy(int iterations) {
        double x = 0;
        for (int i = 0; i < iterations; i++) {
            x += Math.sqrt(i);
        }
        if (x < 0) {
            throw new AssertionError();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
