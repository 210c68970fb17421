package com.askpro.booking.adapter.http;

import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Adapter: in-process fan-out of live updates to the dashboards connected to this server. Keeps
 * the most recent updates with increasing sequence numbers so that a reconnecting client can ask
 * for what it missed ({@code Last-Event-ID}). Each listener sees its own tenant's updates only.
 */
public final class LiveUpdateHub implements LiveUpdates {

    private static final int RETAINED = 1_000;

    /** An update with its position in this server's stream. */
    public record Sequenced(long sequence, Update update) {}

    private record Listener(TenantContext tenant, Consumer<Sequenced> sink) {}

    private final Deque<Sequenced> recent = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private long sequence;

    /** Publishes on this instance only, numbering updates with this hub's own sequence. */
    @Override
    public void publish(Update update) {
        Sequenced sequenced;
        synchronized (recent) {
            sequenced = record(sequence + 1, update);
        }
        fanOut(sequenced);
    }

    /**
     * Records and fans out an update numbered elsewhere (a cluster-wide relay). Sequences must
     * increase; an update at or below the last delivered sequence was seen already and is dropped.
     */
    public void deliver(long position, Update update) {
        Sequenced sequenced;
        synchronized (recent) {
            if (position <= sequence) {
                return;
            }
            sequenced = record(position, update);
        }
        fanOut(sequenced);
    }

    private Sequenced record(long position, Update update) {
        sequence = position;
        Sequenced sequenced = new Sequenced(position, update);
        recent.addLast(sequenced);
        if (recent.size() > RETAINED) {
            recent.removeFirst();
        }
        return sequenced;
    }

    private void fanOut(Sequenced sequenced) {
        for (Listener listener : listeners) {
            if (listener.tenant().equals(sequenced.update().tenant())) {
                listener.sink().accept(sequenced);
            }
        }
    }

    /** Registers {@code sink} for {@code tenant}'s updates; answers a handle that unregisters it. */
    public Runnable subscribe(TenantContext tenant, Consumer<Sequenced> sink) {
        Listener listener = new Listener(tenant, sink);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** {@code tenant}'s retained updates after {@code sequence}, oldest first. */
    public List<Sequenced> since(TenantContext tenant, long sequence) {
        synchronized (recent) {
            List<Sequenced> missed = new ArrayList<>();
            for (Sequenced s : recent) {
                if (s.sequence() > sequence && s.update().tenant().equals(tenant)) {
                    missed.add(s);
                }
            }
            return missed;
        }
    }
}
