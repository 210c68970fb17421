package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownWatchdogTest {

    @Test
    void givenAShutdownThatHangsWhenTheLimitPassesThenTheProcessIsHalted() throws Exception {
        CountDownLatch halted = new CountDownLatch(1);

        ShutdownWatchdog.start(Duration.ofMillis(50), halted::countDown);

        assertThat(halted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void givenAShutdownThatFinishesWhenTheLimitPassesThenNothingIsHalted() throws Exception {
        CountDownLatch halted = new CountDownLatch(1);

        ShutdownWatchdog.start(Duration.ofMillis(200), halted::countDown).finished();

        assertThat(halted.await(1, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void theThreadDumpNamesEveryThreadWithItsFrames() {
        String dump = ShutdownWatchdog.threads();

        assertThat(dump)
                .contains("\"" + Thread.currentThread().getName() + "\" RUNNABLE")
                .contains(ShutdownWatchdogTest.class.getName() + ".theThreadDumpNamesEveryThreadWithItsFrames(");
    }
}
