package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.application.dashboard.DashboardViews;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.TenantContext;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live stream of one signed-in dashboard ({@code GET /dashboard/events}): the tenant's own
 * updates only, each an SSE event named {@code call} or {@code appointment} whose {@code id} is
 * the hub's sequence and whose data is the current row. A reconnect with {@code Last-Event-ID}
 * first replays what the hub retained after that id. A heartbeat keeps proxies from closing the
 * stream and ends it once the session is no longer valid.
 */
final class DashboardStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardStream.class);
    static final long HEARTBEAT_SECONDS = 15;

    private final LiveUpdateHub hub;
    private final DashboardViews views;
    private final DashboardSignIn signIn;
    private final ExecutorService senders = Executors.newCachedThreadPool(daemon("dashboard-sse"));
    private final Set<SseClient> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(daemon("dashboard-heartbeat"));

    DashboardStream(LiveUpdateHub hub, DashboardViews views, DashboardSignIn signIn) {
        this.hub = hub;
        this.views = views;
        this.signIn = signIn;
    }

    /** Runs on the request thread after the session was checked and the 200 headers flushed. */
    void open(SseClient client, DashboardSession session, String token) {
        client.keepAlive();
        open.add(client);
        Connection connection = new Connection(client, session, lastEventId(client));
        Runnable unsubscribe =
                hub.subscribe(session.tenant(), update -> connection.enqueue(() -> connection.live(update)));
        connection.enqueue(connection::start);
        var beat = heartbeat.scheduleAtFixedRate(
                () -> connection.enqueue(() -> {
                    Optional<DashboardSession> now = signIn.session(token);
                    if (now.isEmpty()) {
                        client.sendEvent("signed_out", "{}");
                        client.close();
                    } else if (now.get().role() != session.role()) {
                        client.close();
                    } else {
                        client.sendComment("heartbeat");
                    }
                }),
                HEARTBEAT_SECONDS,
                HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
        client.onClose(() -> {
            open.remove(client);
            unsubscribe.run();
            beat.cancel(false);
        });
    }

    private static long lastEventId(SseClient client) {
        String header = Optional.ofNullable(client.ctx().header("Last-Event-ID"))
                .orElse(client.ctx().queryParam("last_event_id"));
        if (header == null || !header.strip().matches("[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(header.strip());
    }

    /** One open stream; every send runs in order on one task at a time. */
    private final class Connection {
        private final SseClient client;
        private final TenantContext tenant;
        private final DashboardSession session;
        private final long resumeAfter;
        private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();
        private boolean replayed;
        private long lastSent;

        Connection(SseClient client, DashboardSession session, long resumeAfter) {
            this.client = client;
            this.session = session;
            this.tenant = session.tenant();
            this.resumeAfter = resumeAfter;
        }

        void enqueue(Runnable task) {
            tasks.add(task);
            drain();
        }

        private void drain() {
            if (!draining.compareAndSet(false, true)) {
                return;
            }
            senders.execute(() -> {
                try {
                    Runnable task;
                    while ((task = tasks.poll()) != null) {
                        if (!client.terminated()) {
                            runSafely(task);
                        }
                    }
                } finally {
                    draining.set(false);
                }
                if (!tasks.isEmpty()) {
                    drain();
                }
            });
        }

        /** First task: replay what was missed (reconnect), then tell the page it may load its lists. */
        void start() {
            if (resumeAfter >= 0) {
                lastSent = resumeAfter;
                hub.since(tenant, resumeAfter).forEach(this::send);
            }
            replayed = true;
            client.sendEvent("ready", "{}");
        }

        /** An update published after subscribing; those published before the replay are in the replay. */
        void live(LiveUpdateHub.Sequenced update) {
            if (replayed && update.sequence() > lastSent) {
                send(update);
            }
        }

        private void send(LiveUpdateHub.Sequenced update) {
            LiveUpdates.Update change = update.update();
            if (change.kind() == LiveUpdates.Kind.DEAD_LETTER) {
                client.sendEvent(
                        "dead_letter", json(Map.of("id", change.id().toString())), Long.toString(update.sequence()));
                lastSent = update.sequence();
                return;
            }
            boolean call = change.kind() == LiveUpdates.Kind.CALL;
            Optional<?> row = call ? views.call(tenant, change.id()) : views.appointment(tenant, change.id());
            Object data = row.isPresent() ? row.get() : Map.of("id", change.id().toString());
            client.sendEvent(call ? "call" : "appointment", json(data), Long.toString(update.sequence()));
            lastSent = update.sequence();
        }

        private String json(Object data) {
            return DashboardJson.write(data, session);
        }

        private void runSafely(Runnable task) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("dashboard stream update failed; closing the stream (the browser reconnects)", e);
                client.close();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Ends every open stream (the server is stopping; browsers reconnect elsewhere) and the background threads. */
    @Override
    public void close() {
        for (SseClient client : open) {
            client.close();
        }
        heartbeat.shutdownNow();
        senders.shutdownNow();
    }
}
