package com.askpro.booking.application.port;

import com.askpro.booking.domain.tenant.CompanyId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Outbound port: tells every cache of every server instance that some of a tenant's data changed,
 * so it drops its copies. A write publishes once, after it is stored; the instance that wrote sees
 * its own change at once, others as soon as the notification reaches them. Notifications can be
 * late or lost (a cluster link down): caches keep their short time-to-live as the bound, and
 * {@link Change.Everything} tells them to drop everything after such a gap.
 */
public interface ChangeNotifications {

    /** What kind of data changed; each cache listens to the topics its answers are built from. */
    enum Topic {
        /** Which number reaches which branch (numbers added or removed). */
        ROUTING,
        /** A company (name, activity, settings). */
        COMPANY,
        /** A branch: name, time zone, working hours, activity. */
        BRANCH,
        /** Services offered. */
        CATALOG,
        /** Staff and what they do. */
        STAFF,
        /** Appointments or an external calendar: free and busy time. */
        AVAILABILITY
    }

    /** A notification. */
    sealed interface Change {

        /** Data of {@code company} in {@code topic} changed. */
        record Tenant(CompanyId company, Topic topic) implements Change {
            public Tenant {
                Objects.requireNonNull(company, "company");
                Objects.requireNonNull(topic, "topic");
            }
        }

        /** Notifications may have been missed (the cluster link was down): anything may have changed. */
        record Everything() implements Change {}
    }

    /** Announces that {@code company}'s data in {@code topic} was written. Never throws. */
    void publish(CompanyId company, Topic topic);

    /** Registers {@code listener} for every change, from this instance and others. */
    void subscribe(Consumer<Change> listener);
}
