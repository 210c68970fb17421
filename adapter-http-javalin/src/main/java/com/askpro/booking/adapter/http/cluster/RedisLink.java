package com.askpro.booking.adapter.http.cluster;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Adapter: this instance's connection to Redis, shared by the cluster features (rate limits,
 * change notifications, live updates), with short timeouts and a memory of failure. After a
 * failed command Redis counts as down for {@link #RETRY_AFTER}: {@link #attempt} answers empty at
 * once, without waiting for a timeout, so requests go on with local fallbacks; the first command
 * after that tries again, and one success makes Redis count as up. Every key and stream carries
 * {@link #key the configured prefix}.
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);

    /** How long Redis counts as down after a failure before the next command tries again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    /** Longest wait for a connection or an answer: a request never waits longer for Redis. */
    static final int TIMEOUT_MS = 500;

    private final RedisClient client;
    private final String prefix;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAtNanos;
    private volatile String lastProblem = "";

    /** A link to the Redis at {@code uri} ({@code redis://} or {@code rediss://}); connects lazily. */
    public RedisLink(URI uri, String prefix) {
        this(uri, prefix, TIMEOUT_MS);
    }

    RedisLink(URI uri, String prefix, int timeoutMillis) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                // blocking reads (XREAD BLOCK) wait up to a second on the server; a dead link shows after this
                .blockingSocketTimeoutMillis(timeoutMillis + 2_000)
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .database(JedisURIHelper.getDBIndex(uri))
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .clientName("askpro");
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(64);
        pool.setMaxIdle(16);
        pool.setMaxWait(Duration.ofMillis(timeoutMillis));
        this.client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(uri))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
        this.prefix = prefix;
    }

    /** {@code name} under this deployment's prefix, e.g. {@code askpro:rl:key:...}. */
    public String key(String name) {
        return prefix + name;
    }

    /**
     * Runs {@code command}; empty when Redis is down (without trying, within {@link #RETRY_AFTER}
     * of the last failure) or the command fails (which marks Redis down). Never throws for Redis.
     */
    public <T> Optional<T> attempt(Function<RedisClient, T> command) {
        if (down.get() && System.nanoTime() - retryAtNanos < 0) {
            return Optional.empty();
        }
        try {
            T result = command.apply(client);
            succeeded();
            return Optional.ofNullable(result);
        } catch (RuntimeException e) {
            failed(e);
            return Optional.empty();
        }
    }

    /** The client, for a dedicated loop that handles failures itself (and reports them here). */
    public RedisClient client() {
        return client;
    }

    /** Records a success: Redis counts as up. */
    public void succeeded() {
        if (down.compareAndSet(true, false)) {
            LOG.info("Redis reachable again: limits and cache invalidation are shared across instances");
        }
    }

    /** Records a failure: Redis counts as down for {@link #RETRY_AFTER}. */
    public void failed(RuntimeException e) {
        lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        retryAtNanos = System.nanoTime() + RETRY_AFTER.toNanos();
        if (down.compareAndSet(false, true)) {
            LOG.warn("Redis unreachable, this instance goes on with local limits and caches: {}", lastProblem);
        }
    }

    /** Empty while Redis is up; otherwise what went wrong last (for readiness, which stays 200). */
    public Optional<String> problem() {
        if (down.get() && System.nanoTime() - retryAtNanos >= 0) {
            attempt(RedisClient::ping);
        }
        return down.get()
                ? Optional.of("Redis unreachable (" + lastProblem + "): this instance uses local rate limits, "
                        + "its caches expire by time only, live updates reach its own dashboards only")
                : Optional.empty();
    }

    @Override
    public void close() {
        client.close();
    }
}
