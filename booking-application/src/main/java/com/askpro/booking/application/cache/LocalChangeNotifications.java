package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The single-instance {@link ChangeNotifications}: a change is handed to every listener of this
 * process before {@link #publish} returns. A cluster implementation delivers the changes of other
 * instances through {@link #deliver}.
 */
public final class LocalChangeNotifications implements ChangeNotifications {

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(CompanyId company, Topic topic) {
        deliver(new Change.Tenant(company, topic));
    }

    @Override
    public void subscribe(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Hands {@code change} to every listener (in-memory caches dropping entries). */
    public void deliver(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }
}
