package com.askpro.booking.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The server's configuration, read once from environment variables (README, "Configuration") and
 * validated at start-up: every wrong value is reported at once, with the variable's name.
 */
public record Config(
        String httpHost,
        int httpPort,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        List<String> retellApiKeys,
        URI calcomBaseUrl,
        String calcomWebhookSecret,
        String adminKey,
        String demoTenantKey,
        boolean jsonLogs,
        int apiRequestsPerMinute,
        URI redisUrl,
        int jobThreads,
        RetellProvisioningConfig retellProvisioning,
        ClusterConfig cluster,
        PrivacyConfig privacy,
        NotificationConfig notifications) {

    /** Thrown with every problem found in the environment. */
    public static final class InvalidConfigException extends RuntimeException {
        public InvalidConfigException(List<String> problems) {
            super("invalid configuration:\n  - " + String.join("\n  - ", problems));
        }
    }

    /**
     * This process's environment variables: the one place of the server that reads them (or any
     * system property); everything else receives a {@code Config}, or the map, by hand.
     */
    static Map<String, String> processEnvironment() {
        return System.getenv();
    }

    public static Config fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = integer(env, "ASKPRO_HTTP_PORT", 8080, 0, 65535, problems);
        int pool = integer(env, "ASKPRO_DB_POOL_SIZE", 0, 0, 200, problems);
        String dbUrl = blankToNull(env.get("ASKPRO_DB_URL"));
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:h2:")) {
            problems.add(
                    "ASKPRO_DB_URL must be a jdbc:postgresql: URL (or jdbc:h2: for a custom embedded database), was '"
                            + dbUrl + "'");
        }
        URI calcom = null;
        String calcomText = env.getOrDefault("ASKPRO_CALCOM_BASE_URL", "https://api.cal.com");
        try {
            calcom = URI.create(calcomText);
            if (calcom.getScheme() == null || !calcom.getScheme().matches("https?") || calcom.getHost() == null) {
                problems.add("ASKPRO_CALCOM_BASE_URL must be an http(s) URL, was '" + calcomText + "'");
            }
        } catch (IllegalArgumentException e) {
            problems.add("ASKPRO_CALCOM_BASE_URL is not a URL: '" + calcomText + "'");
        }
        List<String> retellKeys = Arrays.stream(
                        env.getOrDefault("ASKPRO_RETELL_API_KEYS", "").split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
        String adminKey = blankToNull(env.get("ASKPRO_ADMIN_KEY"));
        if (adminKey != null && adminKey.length() < 24) {
            problems.add("ASKPRO_ADMIN_KEY must be at least 24 characters long");
        }
        int apiRate = integer(env, "ASKPRO_API_RATE_LIMIT", 600, 1, 1_000_000, problems);
        int jobThreads = integer(env, "ASKPRO_JOB_THREADS", 2, 1, 64, problems);
        URI redis = null;
        String redisText = blankToNull(env.get("ASKPRO_REDIS_URL"));
        if (redisText != null) {
            try {
                redis = URI.create(redisText);
                if (redis.getScheme() == null || !redis.getScheme().matches("rediss?") || redis.getHost() == null) {
                    problems.add("ASKPRO_REDIS_URL must look like redis://host:6379, was '" + redisText + "'");
                }
            } catch (IllegalArgumentException e) {
                problems.add("ASKPRO_REDIS_URL is not a URL: '" + redisText + "'");
            }
        }
        ClusterConfig cluster = ClusterConfig.fromEnvironment(env, problems);
        String logFormat = env.getOrDefault("ASKPRO_LOG_FORMAT", "text");
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            problems.add("ASKPRO_LOG_FORMAT must be 'text' or 'json', was '" + logFormat + "'");
        }
        OpsSettings.check(env, problems);
        RetellProvisioningConfig retellProvisioning =
                RetellProvisioningConfig.fromEnvironment(env, retellKeys, problems);
        PrivacyConfig privacy = PrivacyConfig.fromEnvironment(env, problems);
        NotificationConfig notifications = NotificationConfig.fromEnvironment(env, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new Config(
                env.getOrDefault("ASKPRO_HTTP_HOST", "0.0.0.0"),
                port,
                Path.of(env.getOrDefault("ASKPRO_DATA_DIR", "./data")),
                dbUrl,
                blankToNull(env.get("ASKPRO_DB_USER")),
                blankToNull(env.get("ASKPRO_DB_PASSWORD")),
                pool,
                retellKeys,
                calcom,
                blankToNull(env.get("ASKPRO_CALCOM_WEBHOOK_SECRET")),
                adminKey,
                blankToNull(env.get("ASKPRO_DEMO_TENANT_KEY")),
                logFormat.equals("json"),
                apiRate,
                redis,
                jobThreads,
                retellProvisioning,
                cluster,
                privacy,
                notifications);
    }

    /** The same configuration with other Retell keys (e.g. a generated demo key). */
    public Config withRetellApiKeys(List<String> keys) {
        return new Config(
                httpHost,
                httpPort,
                dataDir,
                dbUrl,
                dbUser,
                dbPassword,
                dbPoolSize,
                List.copyOf(keys),
                calcomBaseUrl,
                calcomWebhookSecret,
                adminKey,
                demoTenantKey,
                jsonLogs,
                apiRequestsPerMinute,
                redisUrl,
                jobThreads,
                retellProvisioning,
                cluster,
                privacy,
                notifications);
    }

    /** The same configuration with another platform key (e.g. one generated for the demo). */
    public Config withAdminKey(String key) {
        return new Config(
                httpHost,
                httpPort,
                dataDir,
                dbUrl,
                dbUser,
                dbPassword,
                dbPoolSize,
                retellApiKeys,
                calcomBaseUrl,
                calcomWebhookSecret,
                key,
                demoTenantKey,
                jsonLogs,
                apiRequestsPerMinute,
                redisUrl,
                jobThreads,
                retellProvisioning,
                cluster,
                privacy,
                notifications);
    }

    /** The same configuration with other privacy settings (e.g. the generated demo key). */
    public Config withPrivacy(PrivacyConfig other) {
        return new Config(
                httpHost,
                httpPort,
                dataDir,
                dbUrl,
                dbUser,
                dbPassword,
                dbPoolSize,
                retellApiKeys,
                calcomBaseUrl,
                calcomWebhookSecret,
                adminKey,
                demoTenantKey,
                jsonLogs,
                apiRequestsPerMinute,
                redisUrl,
                jobThreads,
                retellProvisioning,
                cluster,
                other,
                notifications);
    }

    private static int integer(
            Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
        String text = blankToNull(env.get(name));
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, was '" + text + "'");
            return fallback;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "Config[http=" + httpHost + ":" + httpPort + ", dataDir=" + dataDir + ", db="
                + (dbUrl == null ? "embedded" : dbUrl.replaceAll("password=[^&;]*", "password=***"))
                + ", retellKeys=" + retellApiKeys.size() + ", calcom=" + calcomBaseUrl + "]";
    }
}
