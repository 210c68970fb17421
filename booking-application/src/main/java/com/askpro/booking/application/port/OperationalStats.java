package com.askpro.booking.application.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Outbound port: the backlog an operator watches (gauges of SPEC §4.7 and issue 22), read from the
 * durable store so that every instance reports the same cluster-wide figures.
 */
public interface OperationalStats {

    /**
     * The figures at {@code now}.
     *
     * @param webhooksWaiting  stored webhook events awaiting processing (received, or failed and to be retried)
     * @param oldestWaiting    age of the oldest of them; zero when none waits
     * @param deadLetters      webhook events given up after their last attempt
     * @param jobsDue          background jobs whose time has come but that no instance has picked yet
     * @param oldestJobDue     how long the longest-due of them has waited; zero when none
     * @param activeCalls      calls registered or started and not ended (seen within the last {@link #ACTIVE_CALL_HORIZON})
     */
    record Snapshot(
            long webhooksWaiting,
            Duration oldestWaiting,
            long deadLetters,
            long jobsDue,
            Duration oldestJobDue,
            long activeCalls) {}

    /** A call whose end never arrived stops counting as active after this long. */
    Duration ACTIVE_CALL_HORIZON = Duration.ofHours(2);

    Snapshot read(Instant now);
}
