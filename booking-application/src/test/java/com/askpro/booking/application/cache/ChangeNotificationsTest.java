package com.askpro.booking.application.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The single-instance default: caches drop what a change touches, at once, and nothing else. */
class ChangeNotificationsTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final CompanyId SALON = CompanyId.newId();
    private static final CompanyId BAKERY = CompanyId.newId();
    private static final PhoneNumber NUMBER = PhoneNumber.parse("+49301234567", "DE");

    private final LocalChangeNotifications changes = new LocalChangeNotifications();

    @Test
    void theDirectoryForgetsRoutesOnRoutingCompanyAndBranchChangesAndOnEverythingButNotOnCatalogChanges() {
        AtomicInteger loads = new AtomicInteger();
        CachedTenantDirectory directory = new CachedTenantDirectory(
                        dialled -> {
                            loads.incrementAndGet();
                            return Optional.empty();
                        },
                        TTL,
                        Clock.systemUTC())
                .listenTo(changes);

        directory.route(NUMBER);
        directory.route(NUMBER);
        assertThat(loads).hasValue(1);
        changes.publish(SALON, Topic.CATALOG);
        changes.publish(SALON, Topic.STAFF);
        changes.publish(SALON, Topic.AVAILABILITY);
        directory.route(NUMBER);
        assertThat(loads).as("unrelated changes keep routes").hasValue(1);

        int expected = 1;
        for (Topic topic : List.of(Topic.ROUTING, Topic.COMPANY, Topic.BRANCH)) {
            changes.publish(BAKERY, topic);
            directory.route(NUMBER);
            assertThat(loads).as(topic.name()).hasValue(++expected);
        }
        changes.deliver(new Change.Everything());
        directory.route(NUMBER);
        assertThat(loads).hasValue(expected + 1);
    }

    @Test
    void anAnswerLoadedWhileAChangeArrivesIsReturnedButNotKept() {
        AtomicInteger loads = new AtomicInteger();
        CachedTenantDirectory directory = new CachedTenantDirectory(
                        dialled -> {
                            if (loads.incrementAndGet() == 1) {
                                changes.publish(SALON, Topic.ROUTING);
                            }
                            return Optional.empty();
                        },
                        TTL,
                        Clock.systemUTC())
                .listenTo(changes);

        directory.route(NUMBER);
        directory.route(NUMBER);
        directory.route(NUMBER);
        assertThat(loads).as("the first answer may predate the write").hasValue(2);
    }

    @Test
    void aServiceWrittenThroughTheCacheIsPublishedAndDropsOnlyThatTenantsLists() {
        CountingServices database = new CountingServices();
        List<Change> seen = new CopyOnWriteArrayList<>();
        changes.subscribe(seen::add);
        CachedServices services = new CachedServices(database, TTL, Clock.systemUTC(), changes);
        TenantContext salon = TenantContext.of(SALON);
        TenantContext bakery = TenantContext.of(BAKERY);
        services.list(salon);
        services.list(bakery);

        services.add(salon, null);

        assertThat(seen).containsExactly(new Change.Tenant(SALON, Topic.CATALOG));
        services.list(salon);
        services.list(bakery);
        assertThat(database.lists).as("salon reloaded, bakery kept").hasValue(3);

        changes.publish(BAKERY, Topic.BRANCH);
        services.list(bakery);
        assertThat(database.lists).hasValue(4);
        changes.publish(BAKERY, Topic.ROUTING);
        services.list(bakery);
        assertThat(database.lists).hasValue(4);
    }

    @Test
    void withoutNotificationsGivenACacheStillDropsWhatItsOwnWritesTouch() {
        CountingServices database = new CountingServices();
        CachedServices services = new CachedServices(database, TTL, Clock.systemUTC());
        TenantContext salon = TenantContext.of(SALON);
        services.list(salon);
        services.update(salon, null);
        services.list(salon);
        assertThat(database.lists).hasValue(2);
    }

    @Test
    void onlyWritesThatHappenedArePublished() {
        List<Change> seen = new CopyOnWriteArrayList<>();
        changes.subscribe(seen::add);
        PhoneNumbers refusing = new PhoneNumbers() {
            @Override
            public WriteOutcome<BranchPhoneNumber> add(TenantContext tenant, BranchPhoneNumber number) {
                return new WriteOutcome.AlreadyExists<>("phone number");
            }

            @Override
            public Optional<BranchPhoneNumber> find(TenantContext tenant, PhoneNumberId id) {
                return Optional.empty();
            }

            @Override
            public List<BranchPhoneNumber> list(TenantContext tenant) {
                return List.of();
            }

            @Override
            public WriteOutcome<BranchPhoneNumber> remove(TenantContext tenant, PhoneNumberId id) {
                return new WriteOutcome.NotFound<>();
            }
        };
        PhoneNumbers numbers = ChangePublishing.phoneNumbers(refusing, changes);
        numbers.add(TenantContext.of(SALON), null);
        numbers.remove(TenantContext.of(SALON), null);
        assertThat(seen).isEmpty();
    }

    /** Services that count how often lists are read; writes answer what they were given. */
    private static final class CountingServices implements Services {
        final AtomicInteger lists = new AtomicInteger();

        @Override
        public Service add(TenantContext tenant, Service service) {
            return service;
        }

        @Override
        public WriteOutcome<Service> update(TenantContext tenant, Service service) {
            return new WriteOutcome.Written<>(service);
        }

        @Override
        public Optional<Service> find(TenantContext tenant, ServiceId id) {
            return Optional.empty();
        }

        @Override
        public List<Service> offeredAt(TenantContext tenant, BranchId branch) {
            lists.incrementAndGet();
            return List.of();
        }

        @Override
        public List<Service> list(TenantContext tenant) {
            lists.incrementAndGet();
            return List.of();
        }
    }
}
