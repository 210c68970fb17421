package com.askpro.booking.adapter.http;

import com.askpro.booking.adapter.http.cluster.RedisLink;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Adapter: live updates shared by every server instance through a Redis stream. Publishing
 * appends to the stream; each instance reads the stream and hands every entry to its local
 * {@link LiveUpdateHub}, numbered by the entry's id ({@code ms × 1000 + seq}). All instances thus
 * see the same updates under the same sequence numbers, so a dashboard reconnecting to another
 * instance with {@code Last-Event-ID} resumes where it was. If Redis cannot be reached (also at
 * start), updates are delivered on this instance only and the readiness check reports it; reading
 * resumes by itself when Redis is back.
 */
public final class RedisLiveUpdates implements LiveUpdates, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLiveUpdates.class);
    private static final long MAX_LENGTH = 10_000;
    private static final int BLOCK_MS = 1_000;

    private final RedisClient redis;
    private final RedisLink link;
    private final String stream;
    private final LiveUpdateHub hub;
    private final Thread reader;
    private volatile boolean running = true;

    /** Connects to {@code uri}, catches up with the stream's recent entries and starts reading. */
    public RedisLiveUpdates(URI uri, String stream, LiveUpdateHub hub) {
        this(RedisClient.create(uri), null, stream, hub);
    }

    /** Shares {@code link}'s connection (and its record of failures); the stream is {@code <prefix>live}. */
    public RedisLiveUpdates(RedisLink link, LiveUpdateHub hub) {
        this(link.client(), link, link.key("live"), hub);
    }

    private RedisLiveUpdates(RedisClient redis, RedisLink link, String stream, LiveUpdateHub hub) {
        this.redis = redis;
        this.link = link;
        this.stream = stream;
        this.hub = hub;
        StreamEntryID last = tryCatchUp();
        this.reader = new Thread(() -> read(last), "askpro-live-updates");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void publish(Update update) {
        try {
            redis.xadd(
                    stream,
                    XAddParams.xAddParams().maxLen(MAX_LENGTH).approximateTrimming(),
                    Map.of(
                            "tenant", update.tenant().companyId().toString(),
                            "kind", update.kind().name(),
                            "id", update.id().toString(),
                            "at", Long.toString(update.at().toEpochMilli())));
        } catch (RuntimeException e) {
            LOG.warn("live update not shared through Redis, delivering on this instance only: {}", e.getMessage());
            if (link != null) {
                link.failed(e);
            }
            hub.publish(update);
        }
    }

    /** True when Redis answers (for readiness). */
    public boolean isReachable() {
        try {
            return "PONG".equalsIgnoreCase(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
        try {
            reader.join(BLOCK_MS * 3L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (link == null) {
            redis.close();
        }
    }

    /** The cluster-wide sequence of a stream entry; ids are {@code <ms>-<n>} with small n. */
    static long sequenceOf(StreamEntryID id) {
        return id.getTime() * 1_000 + Math.min(id.getSequence(), 999);
    }

    /** The last entry caught up with; null when Redis could not be read (the reader catches up later). */
    private StreamEntryID tryCatchUp() {
        try {
            return catchUp();
        } catch (RuntimeException e) {
            LOG.warn(
                    "Redis unreachable at start: live updates stay on this instance until it is back ({})",
                    e.getMessage());
            return null;
        }
    }

    private StreamEntryID catchUp() {
        List<StreamEntry> recent = redis.xrevrange(stream, "+", "-", 1_000);
        for (int i = recent.size() - 1; i >= 0; i--) {
            deliver(recent.get(i));
        }
        return recent.isEmpty() ? new StreamEntryID(0, 0) : recent.get(0).getID();
    }

    private void read(StreamEntryID start) {
        StreamEntryID last = start;
        while (running) {
            try {
                if (last == null) {
                    last = catchUp();
                }
                var batches =
                        redis.xread(XReadParams.xReadParams().block(BLOCK_MS).count(500), Map.of(stream, last));
                if (batches == null) {
                    continue;
                }
                for (var batch : batches) {
                    for (StreamEntry entry : batch.getValue()) {
                        deliver(entry);
                        last = entry.getID();
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("reading live updates from Redis failed, retrying: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(StreamEntry entry) {
        Map<String, String> fields = entry.getFields();
        try {
            hub.deliver(
                    sequenceOf(entry.getID()),
                    new Update(
                            TenantContext.of(CompanyId.parse(fields.get("tenant"))),
                            Kind.valueOf(fields.get("kind")),
                            UUID.fromString(fields.get("id")),
                            Instant.ofEpochMilli(Long.parseLong(fields.get("at")))));
        } catch (RuntimeException e) {
            LOG.warn("skipping unreadable live update {}: {}", entry.getID(), e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(BLOCK_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
