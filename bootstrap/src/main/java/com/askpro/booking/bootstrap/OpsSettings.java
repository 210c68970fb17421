package com.askpro.booking.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's settings read by Logback itself (see {@code logback.xml}), validated with the
 * rest of {@link Config} so that a wrong value stops the start with the variable's name.
 */
final class OpsSettings {

    static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private OpsSettings() {
    }

    /** Default number of background job threads per instance. */
    static final int DEFAULT_JOB_THREADS = 2;

    /**
     * {@code ASKPRO_JOB_THREADS} (1–64; the system property {@code askpro.jobThreads} is still read
     * as a fallback): few, so that processing does not crowd out the request threads that acknowledge.
     */
    static int jobThreads(Map<String, String> env) {
        String text = env.get("ASKPRO_JOB_THREADS");
        if (text == null || text.isBlank()) {
            return Integer.getInteger("askpro.jobThreads", DEFAULT_JOB_THREADS);
        }
        try {
            int threads = Integer.parseInt(text.strip());
            return threads >= 1 && threads <= 64 ? threads : DEFAULT_JOB_THREADS;
        } catch (NumberFormatException e) {
            return DEFAULT_JOB_THREADS;
        }
    }

    static void check(Map<String, String> env, List<String> problems) {
        String threads = env.get("ASKPRO_JOB_THREADS");
        if (threads != null && !threads.isBlank() && !threads.strip().matches("[1-9]|[1-5][0-9]|6[0-4]")) {
            problems.add("ASKPRO_JOB_THREADS must be a whole number between 1 and 64, was '" + threads + "'");
        }
        String level = env.get("ASKPRO_LOG_LEVEL");
        if (level != null && !level.isBlank() && !LOG_LEVELS.contains(level.strip().toUpperCase(Locale.ROOT))) {
            problems.add("ASKPRO_LOG_LEVEL must be one of " + String.join(", ", LOG_LEVELS) + ", was '" + level + "'");
        }
    }
}
