package dev.gitopslint.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InOrderTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverOrderTheyFinishIn() {
        CountDownLatch lastDone = new CountDownLatch(1);
        List<Integer> items = IntStream.range(0, 8).boxed().toList();

        List<String> results = InOrder.map(executor, items, i -> {
            try {
                if (i == 7) {
                    lastDone.countDown();
                } else if (i == 0) {
                    // the first item finishes only after the last one
                    assertThat(lastDone.await(10, TimeUnit.SECONDS)).isTrue();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "item " + i;
        });

        assertThat(results).containsExactly("item 0", "item 1", "item 2", "item 3", "item 4", "item 5", "item 6",
                "item 7");
    }

    @Test
    void aTasksUncheckedExceptionReachesTheCallerAsThrown() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad item 2");

        assertThatThrownBy(() -> InOrder.map(executor, List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw thrown;
            }
            return i;
        })).isSameAs(thrown);
    }

    /** An Error would bypass the entry points' handling of unexpected exceptions: it arrives wrapped. */
    @Test
    void aTasksErrorArrivesWrappedWithItsCause() {
        StackOverflowError error = new StackOverflowError("too deep");

        assertThatThrownBy(() -> InOrder.map(executor, List.of(1), i -> {
            throw error;
        })).isInstanceOf(IllegalStateException.class).hasCause(error).hasMessageContaining("too deep");
    }

    @Test
    void noItemsGiveNoResults() {
        assertThat(InOrder.map(executor, List.<Integer>of(), i -> i)).isEmpty();
    }
}
