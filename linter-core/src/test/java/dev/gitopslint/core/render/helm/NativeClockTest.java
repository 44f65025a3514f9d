package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NativeClockTest {

    private final NativeClock clock = new NativeClock();

    @Test
    void callsOneAfterAnotherAreBusyForAsLongAsTheyLastTogether() throws Exception {
        call(Duration.ofMillis(60));
        call(Duration.ofMillis(60));

        assertThat(clock.summed()).isGreaterThanOrEqualTo(Duration.ofMillis(120));
        assertThat(clock.busy()).isEqualTo(clock.summed());
    }

    /** Two overlapping calls: summed over threads counts the overlap twice, busy time once. */
    @Test
    void overlappingCallsCountTheirOverlapOnceInBusyTime() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondInside = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            NativeClock.Start start = clock.enter();
            firstInside.countDown();
            await(secondInside);
            sleep(Duration.ofMillis(100)); // both inside for at least this long
            clock.leave(start);
        });
        first.start();
        await(firstInside);
        NativeClock.Start start = clock.enter();
        secondInside.countDown();
        sleep(Duration.ofMillis(100));
        first.join();
        clock.leave(start);

        assertThat(clock.summed().minus(clock.busy())).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(clock.busy()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void cpuTimeIsTheCallingThreadsNotTheWallClocks() {
        call(Duration.ofMillis(150)); // asleep: wall time passes, almost no CPU time

        assertThat(clock.cpu()).isLessThan(Duration.ofMillis(100));
        assertThat(clock.summed()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    private void call(Duration length) {
        NativeClock.Start start = clock.enter();
        sleep(length);
        clock.leave(start);
    }

    private static void sleep(Duration length) {
        try {
            Thread.sleep(length.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
