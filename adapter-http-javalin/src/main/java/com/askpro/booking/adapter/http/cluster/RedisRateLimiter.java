package com.askpro.booking.adapter.http.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * {@link RateLimiter} shared by every instance: each key's token bucket lives in Redis and every
 * request runs one Lua script on it, atomically, on Redis's clock (one round trip, nothing synced
 * later, so no burst passes between instances). While Redis is unreachable the decision falls
 * back to this instance's {@link LocalRateLimiter}, without waiting (see {@link RedisLink}).
 */
public final class RedisRateLimiter implements RateLimiter {

    /**
     * KEYS[1] the bucket (hash: tokens, at); ARGV capacity, window in ms, cost (0 only looks).
     * Answers {allowed, whole tokens left, ms until a token is back, ms until full}.
     */
    static final String SCRIPT = """
            local capacity = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local cost = tonumber(ARGV[3])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil or at == nil then
              tokens = capacity
              at = now
            end
            tokens = math.min(capacity, tokens + math.max(0, now - at) * capacity / window)
            local allowed = 0
            if tokens >= 1 then
              allowed = 1
              tokens = tokens - cost
            end
            if cost > 0 then
              redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
              redis.call('PEXPIRE', KEYS[1], window)
            end
            local retry = 0
            if allowed == 0 then
              retry = math.ceil((1 - tokens) * window / capacity)
            end
            return {allowed, math.floor(tokens), retry, math.ceil((capacity - tokens) * window / capacity)}
            """;

    private final RedisLink link;
    private final String prefix;
    private final int limit;
    private final Duration window;
    private final LocalRateLimiter fallback;
    private volatile String sha;

    /** Buckets under {@code <link prefix>rl:<name>:}, {@code limit} per {@code window}. */
    public RedisRateLimiter(RedisLink link, String name, int limit, Duration window) {
        this.link = link;
        this.prefix = link.key("rl:" + name + ":");
        this.limit = limit;
        this.window = window;
        this.fallback = new LocalRateLimiter(limit, window);
    }

    @Override
    public Decision take(String key) {
        return run(key, 1).orElseGet(() -> fallback.take(key));
    }

    @Override
    public Decision check(String key) {
        return run(key, 0).orElseGet(() -> fallback.check(key));
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public long windowSeconds() {
        return Math.max(1, window.toSeconds());
    }

    private Optional<Decision> run(String key, int cost) {
        List<String> keys = List.of(prefix + key);
        List<String> args = List.of(Integer.toString(limit), Long.toString(window.toMillis()), Integer.toString(cost));
        return link.attempt(redis -> decision(evaluate(redis, keys, args)));
    }

    private Object evaluate(RedisClient redis, List<String> keys, List<String> args) {
        String loaded = sha;
        if (loaded == null) {
            loaded = redis.scriptLoad(SCRIPT);
            sha = loaded;
        }
        try {
            return redis.evalsha(loaded, keys, args);
        } catch (JedisNoScriptException flushed) {
            sha = null;
            return redis.eval(SCRIPT, keys, args);
        }
    }

    private Decision decision(Object reply) {
        List<?> values = (List<?>) reply;
        boolean allowed = ((Long) values.get(0)) == 1L;
        long remaining = Math.max(0, (Long) values.get(1));
        long retryAfter = allowed ? 0 : Math.max(1, seconds((Long) values.get(2)));
        return new Decision(allowed, limit, remaining, seconds((Long) values.get(3)), retryAfter);
    }

    private static long seconds(long millis) {
        return (Math.max(0, millis) + 999) / 1000;
    }
}
