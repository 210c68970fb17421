package com.askpro.booking.adapter.http.cluster;

import com.askpro.booking.application.cache.LocalChangeNotifications;
import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Adapter: {@link ChangeNotifications} shared by every instance through a Redis stream. A change is
 * applied to this instance's caches at once, then appended to the stream with this instance's id;
 * every instance reads the stream (blocking reads, so a change arrives within milliseconds) and
 * applies the changes of the others. When reading fails (Redis gone), the reader retries every
 * {@link RedisLink#RETRY_AFTER}; on its first successful read after a failure it tells the local
 * caches {@link Change.Everything} — changes written meanwhile may never have reached the stream —
 * and goes on from the last entry it saw. A change that cannot be appended is lost for the others:
 * their caches' time-to-live bounds it.
 */
public final class RedisChangeNotifications implements ChangeNotifications, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisChangeNotifications.class);
    private static final long MAX_LENGTH = 10_000;
    private static final int BLOCK_MS = 1_000;

    private final RedisLink link;
    private final String stream;
    private final String origin = UUID.randomUUID().toString();
    private final LocalChangeNotifications local = new LocalChangeNotifications();
    private final Thread reader;
    private volatile boolean running = true;

    /** Starts reading {@code <prefix>changes}; works (locally) while Redis is unreachable. */
    public RedisChangeNotifications(RedisLink link) {
        this.link = link;
        this.stream = link.key("changes");
        this.reader = new Thread(this::read, "askpro-change-notifications");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void publish(CompanyId company, Topic topic) {
        local.publish(company, topic);
        link.attempt(redis -> redis.xadd(
                stream,
                XAddParams.xAddParams().maxLen(MAX_LENGTH).approximateTrimming(),
                Map.of("origin", origin, "company", company.toString(), "topic", topic.name())));
    }

    @Override
    public void subscribe(Consumer<Change> listener) {
        local.subscribe(listener);
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
    }

    private void read() {
        StreamEntryID last = null;
        boolean missed = false;
        while (running) {
            try {
                if (last == null) {
                    List<StreamEntry> newest = link.client().xrevrange(stream, "+", "-", 1);
                    last = newest.isEmpty()
                            ? new StreamEntryID(0, 0)
                            : newest.get(0).getID();
                }
                var batches = link.client()
                        .xread(XReadParams.xReadParams().block(BLOCK_MS).count(500), Map.of(stream, last));
                link.succeeded();
                if (missed) {
                    missed = false;
                    LOG.info("change notifications flowing again: dropping every cached entry once");
                    local.deliver(new Change.Everything());
                }
                if (batches == null) {
                    continue;
                }
                for (var batch : batches) {
                    for (StreamEntry entry : batch.getValue()) {
                        apply(entry);
                        last = entry.getID();
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    missed = true;
                    link.failed(e);
                    pause();
                }
            }
        }
    }

    private void apply(StreamEntry entry) {
        Map<String, String> fields = entry.getFields();
        if (origin.equals(fields.get("origin"))) {
            return;
        }
        try {
            local.deliver(
                    new Change.Tenant(CompanyId.parse(fields.get("company")), Topic.valueOf(fields.get("topic"))));
        } catch (RuntimeException e) {
            LOG.warn("skipping unreadable change notification {}: {}", entry.getID(), e.getMessage());
            local.deliver(new Change.Everything());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RedisLink.RETRY_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
