package com.askpro.booking.adapter.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the requests that ended in an unexpected exception (answered with a problem+json 500 that
 * carries the request id). There should be none: every bad input has its own 4xx. The count is
 * exported as {@code askpro_http_unexpected_errors_total}; the test suites fail when a test request
 * raised it (see the {@code NoUnexpectedErrors} test extensions).
 */
public final class UnexpectedErrors {

    private static final AtomicLong COUNT = new AtomicLong();
    private static volatile String last = "";

    private UnexpectedErrors() {}

    /** Counts one; {@code where} is "METHOD path: exception class" (no message: it may quote input). */
    public static void record(String where) {
        last = where;
        COUNT.incrementAndGet();
    }

    /** How many there were in this JVM so far. */
    public static long count() {
        return COUNT.get();
    }

    /** The last one's "METHOD path: exception class", for test failure messages. */
    public static String last() {
        return last;
    }
}
