package com.askpro.booking.application.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the function calls of one call cost the database: the first one registers, the later ones nothing. */
class CallRegistryTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PhoneNumber BUSINESS = PhoneNumber.parse("+493083793369");
    private static final PhoneNumber CALLER = PhoneNumber.parse("+4915112345678");

    private final CountingCalls database = new CountingCalls();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TenantDirectory.Route salon = route("Salon");
    private final TenantDirectory.Route bakery = route("Bäckerei");

    @Test
    void givenANewCallWhenFiveFunctionCallsArriveThenOnlyTheFirstTouchesTheDatabaseWithOneInsert() {
        CallRegistry registry = CallRegistry.remembering(database, Duration.ofHours(1), clock);

        Call first = find(registry, salon, "call_a").orElseThrow();
        assertThat(database.operations).containsExactly("findByAgentCallId", "add");
        for (int i = 0; i < 4; i++) {
            assertThat(find(registry, salon, "call_a")).contains(first);
        }
        assertThat(database.operations)
                .as("later function calls of the call read and write nothing")
                .containsExactly("findByAgentCallId", "add");
    }

    @Test
    void givenACallRegisteredByItsEventsWhenFunctionCallsArriveThenOneReadAndNoWrite() {
        Call registered = Call.register(
                CallId.newId(),
                salon.company().id(),
                salon.branch().id(),
                "call_b",
                CallDirection.INBOUND,
                CALLER,
                BUSINESS,
                NOW);
        database.add(salon.company().tenant(), registered);
        database.operations.clear();
        CallRegistry registry = CallRegistry.remembering(database, Duration.ofHours(1), clock);

        assertThat(find(registry, salon, "call_b")).contains(registered);
        assertThat(find(registry, salon, "call_b")).contains(registered);
        assertThat(database.operations).containsExactly("findByAgentCallId");
    }

    @Test
    void givenACallOfAnotherTenantWhenItsIdIsUsedThenRefusedEveryTimeAndNothingIsRemembered() {
        CallRegistry registry = CallRegistry.remembering(database, Duration.ofHours(1), clock);
        find(registry, bakery, "call_c").orElseThrow();

        assertThat(find(registry, salon, "call_c")).isEmpty();
        assertThat(find(registry, salon, "call_c"))
                .as("asked again, still refused")
                .isEmpty();
        assertThat(database.byRetellId.get("call_c").companyId())
                .isEqualTo(bakery.company().id());
    }

    @Test
    void givenARememberedCallWhenItIsUpdatedThenTheRegistryRemembersTheStoredVersion() {
        CallRegistry registry = CallRegistry.remembering(database, Duration.ofHours(1), clock);
        Call call = find(registry, salon, "call_d").orElseThrow();
        Call linked = registry.update(
                        salon.company().tenant(),
                        call,
                        c -> new Call(
                                c.id(),
                                c.companyId(),
                                c.branchId(),
                                c.agentCallId(),
                                c.direction(),
                                c.from(),
                                c.to(),
                                c.status(),
                                c.facts(),
                                c.customerId(),
                                java.util.Set.of(com.askpro.booking.domain.appointment.AppointmentId.newId()),
                                c.version(),
                                c.createdAt(),
                                c.updatedAt()))
                .orElseThrow();

        assertThat(find(registry, salon, "call_d")).contains(linked);
        assertThat(linked.version()).isEqualTo(call.version() + 1);
    }

    @Test
    void givenARememberedCallWhenTheRememberingTimeIsOverThenItIsLookedUpAgain() {
        Clock[] now = {clock};
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0].instant();
            }
        };
        CallRegistry registry = CallRegistry.remembering(database, Duration.ofHours(1), moving);
        find(registry, salon, "call_e").orElseThrow();
        now[0] = Clock.offset(clock, Duration.ofMinutes(61));
        find(registry, salon, "call_e").orElseThrow();
        assertThat(database.operations).containsExactly("findByAgentCallId", "add", "findByAgentCallId");
    }

    @Test
    void givenANewCallWhenSixteenFunctionCallsArriveAtOnceThenOneLookupAndOneInsertServeThemAll() throws Exception {
        CallRegistry registry = CallRegistry.remembering(database, Duration.ofHours(1), clock);
        database.slowReads = true;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Optional<Call>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return find(registry, salon, "call_g");
                }));
            }
            start.countDown();
            java.util.Set<CallId> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                ids.add(answer.get().orElseThrow().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.operations)
                .as("the racing requests waited for the first one's lookup")
                .containsExactly("findByAgentCallId", "add");
    }

    @Test
    void givenAPlainRegistryWhenAskedTwiceThenItReadsTheDatabaseTwice() {
        CallRegistry registry = new CallRegistry(database);
        find(registry, salon, "call_f").orElseThrow();
        find(registry, salon, "call_f").orElseThrow();
        assertThat(database.operations).containsExactly("findByAgentCallId", "add", "findByAgentCallId");
    }

    private Optional<Call> find(CallRegistry registry, TenantDirectory.Route route, String retellId) {
        return registry.findOrRegister(
                route.company().tenant(), route, retellId, CallDirection.INBOUND, CALLER, BUSINESS, NOW);
    }

    private static TenantDirectory.Route route(String name) {
        Company company = Company.create(CompanyId.newId(), name, "DE", BERLIN, Language.DE);
        Branch branch = Branch.open(BranchId.newId(), company.id(), "Mitte", BERLIN, WorkingHours.closed());
        return new TenantDirectory.Route(
                company, branch, new BranchPhoneNumber(PhoneNumberId.newId(), company.id(), branch.id(), BUSINESS));
    }

    /** Calls in memory that record every operation (a unique Retell id across tenants, as in the database). */
    private static final class CountingCalls implements Calls {
        final List<String> operations = new CopyOnWriteArrayList<>();
        final Map<String, Call> byRetellId = new ConcurrentHashMap<>();
        volatile boolean slowReads;

        @Override
        public WriteOutcome<Call> add(TenantContext tenant, Call call) {
            operations.add("add");
            return byRetellId.putIfAbsent(call.agentCallId(), call) == null
                    ? new WriteOutcome.Written<>(call)
                    : new WriteOutcome.AlreadyExists<>("retell_call_id");
        }

        @Override
        public WriteOutcome<Call> update(TenantContext tenant, Call call) {
            operations.add("update");
            Call stored = byRetellId.get(call.agentCallId());
            if (stored == null || stored.version() != call.version()) {
                return new WriteOutcome.VersionConflict<>();
            }
            Call next = call.nextVersion();
            byRetellId.put(call.agentCallId(), next);
            return new WriteOutcome.Written<>(next);
        }

        @Override
        public Optional<Call> find(TenantContext tenant, CallId id) {
            operations.add("find");
            return byRetellId.values().stream()
                    .filter(c -> c.id().equals(id) && c.companyId().equals(tenant.companyId()))
                    .findFirst();
        }

        @Override
        public Optional<Call> findByAgentCallId(TenantContext tenant, String agentCallId) {
            operations.add("findByAgentCallId");
            if (slowReads) {
                try {
                    Thread.sleep(200); // the database is slow: the other requests arrive meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Optional.ofNullable(byRetellId.get(agentCallId))
                    .filter(c -> c.companyId().equals(tenant.companyId()));
        }

        @Override
        public Page<Call> list(TenantContext tenant, Query query, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
