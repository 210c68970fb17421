package com.askpro.booking.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL {@code LISTEN} on the channel the inbox notifies when events are stored (by any
 * instance): one dedicated connection outside the pool and one thread that waits in pgjdbc's
 * {@code getNotifications(timeout)} and runs {@code wake} for each delivery. A lost connection is
 * opened again after a second; meanwhile the workers' polling still finds every event.
 */
final class StoredWebhookListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoredWebhookListener.class);
    private static final int WAIT_MS = 500;

    private final String url;
    private final String user;
    private final String password;
    private final Runnable wake;
    private final Thread thread;
    private volatile boolean closed;

    StoredWebhookListener(String url, String user, String password, Runnable wake) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.wake = wake;
        this.thread = new Thread(this::listen, "webhook-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + JdbiWebhookInbox.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null && notifications.length > 0) {
                        wake.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("listening for stored webhook events failed ({}); trying again in 1 s", e.toString());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(WAIT_MS * 3L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
