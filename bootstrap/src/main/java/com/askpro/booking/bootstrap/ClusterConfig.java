package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.cluster.ClientAddresses;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Configuration of what instances share and of the failed-authentication limit (README,
 * "Configuration"): the prefix of every Redis key, the failed attempts an address may make per
 * minute, the proxies whose {@code X-Forwarded-For} is believed, and whether this instance processes
 * the webhook queue ({@code ASKPRO_WEBHOOK_PROCESSING=off}: it only acknowledges and stores, others
 * process).
 */
public record ClusterConfig(
        String redisPrefix, int authFailuresPerMinute, List<String> trustedProxies, boolean processesWebhooks) {

    public ClusterConfig {
        trustedProxies = List.copyOf(trustedProxies);
    }

    static ClusterConfig fromEnvironment(Map<String, String> env, List<String> problems) {
        String prefix = env.getOrDefault("ASKPRO_REDIS_PREFIX", "askpro:").strip();
        if (prefix.isEmpty() || prefix.length() > 100 || prefix.chars().anyMatch(c -> c <= ' ')) {
            problems.add("ASKPRO_REDIS_PREFIX must be 1 to 100 characters without spaces, was '" + prefix + "'");
        }
        int failures = 20;
        String failureText = env.get("ASKPRO_AUTH_FAILURE_LIMIT");
        if (failureText != null && !failureText.isBlank()) {
            try {
                failures = Integer.parseInt(failureText.strip());
                if (failures < 1 || failures > 1_000_000) {
                    problems.add("ASKPRO_AUTH_FAILURE_LIMIT must be between 1 and 1000000, was " + failures);
                }
            } catch (NumberFormatException e) {
                problems.add("ASKPRO_AUTH_FAILURE_LIMIT must be a whole number, was '" + failureText + "'");
            }
        }
        List<String> proxies = Arrays.stream(
                        env.getOrDefault("ASKPRO_TRUSTED_PROXIES", "").split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        for (String proxy : proxies) {
            if (!ClientAddresses.isAddressOrRange(proxy)) {
                problems.add(
                        "ASKPRO_TRUSTED_PROXIES must list IP addresses or CIDR ranges, '" + proxy + "' is neither");
            }
        }
        String processing = env.getOrDefault("ASKPRO_WEBHOOK_PROCESSING", "on").strip();
        if (!processing.equals("on") && !processing.equals("off")) {
            problems.add("ASKPRO_WEBHOOK_PROCESSING must be 'on' or 'off', was '" + processing + "'");
        }
        return new ClusterConfig(prefix, failures, proxies, !processing.equals("off"));
    }
}
