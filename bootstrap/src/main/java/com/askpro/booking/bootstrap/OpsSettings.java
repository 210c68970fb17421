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

    private OpsSettings() {}

    static void check(Map<String, String> env, List<String> problems) {
        String level = env.get("ASKPRO_LOG_LEVEL");
        if (level != null
                && !level.isBlank()
                && !LOG_LEVELS.contains(level.strip().toUpperCase(Locale.ROOT))) {
            problems.add("ASKPRO_LOG_LEVEL must be one of " + String.join(", ", LOG_LEVELS) + ", was '" + level + "'");
        }
    }
}
