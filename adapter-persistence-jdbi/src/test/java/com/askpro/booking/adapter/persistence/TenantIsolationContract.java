package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract across all ports: tenant B never sees or changes tenant A's rows. */
abstract class TenantIsolationContract extends DatabaseTest {

    private static final Instant TEN = Fixtures.at("2030-03-04T10:00:00Z");

    private Fixtures a;
    private TenantContext b;
    private Appointment appointment;
    private Call call;
    private WebhookEvent event;
    private BranchPhoneNumber number;

    @BeforeEach
    void twoTenants() {
        a = Fixtures.create(persistence);
        b = Fixtures.create(persistence).tenant();
        appointment = persistence
                .appointments()
                .add(a.tenant(), a.appointment(a.alice(), TEN, 30))
                .orElseThrow();
        call = persistence
                .calls()
                .add(a.tenant(), a.call("call_" + UUID.randomUUID()))
                .orElseThrow();
        event = persistence
                .webhookInbox()
                .store(WebhookInboxContract.event(
                                WebhookSource.RETELL, UUID.randomUUID().toString(), TEN)
                        .attributedTo(a.company().id()))
                .orElseThrow();
        number = persistence
                .phoneNumbers()
                .add(
                        a.tenant(),
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(),
                                a.company().id(),
                                a.branch().id(),
                                Fixtures.randomPhone()))
                .orElseThrow();
    }

    @Test
    void staticDataOfAnotherTenantIsInvisible() {
        assertThat(persistence.branches().find(b, a.branch().id())).isEmpty();
        assertThat(persistence.branches().list(b)).doesNotContain(a.branch());
        assertThat(persistence.services().find(b, a.service().id())).isEmpty();
        assertThat(persistence.services().list(b)).doesNotContain(a.service(), a.buffered());
        assertThat(persistence.services().offeredAt(b, a.branch().id())).isEmpty();
        assertThat(persistence.staffMembers().find(b, a.alice().id())).isEmpty();
        assertThat(persistence.staffMembers().list(b)).doesNotContain(a.alice(), a.bob());
        assertThat(persistence.staffMembers().atBranch(b, a.branch().id())).isEmpty();
        assertThat(persistence.phoneNumbers().find(b, number.id())).isEmpty();
        assertThat(persistence.phoneNumbers().list(b)).isEmpty();
        assertThat(persistence.auditLog().recent(b.companyId(), 10)).isEmpty();
    }

    @Test
    void customersCallsAppointmentsAndWebhooksOfAnotherTenantAreInvisible() {
        assertThat(persistence.customers().find(b, a.customer().id())).isEmpty();
        assertThat(persistence.customers().findByPhone(b, a.customer().phone())).isEmpty();
        assertThat(persistence.customers().list(b, PageRequest.first(200)).items())
                .doesNotContain(a.customer());
        assertThat(persistence.calls().find(b, call.id())).isEmpty();
        assertThat(persistence.calls().findByAgentCallId(b, call.agentCallId())).isEmpty();
        assertThat(persistence
                        .calls()
                        .list(b, Calls.Query.ALL, PageRequest.first(200))
                        .items())
                .isEmpty();
        assertThat(persistence.appointments().find(b, appointment.id())).isEmpty();
        assertThat(persistence
                        .appointments()
                        .list(b, Appointments.Query.ALL, PageRequest.first(200))
                        .items())
                .isEmpty();
        assertThat(persistence.appointments().holdingTime(b, a.branch().id(), new TimeSlot(TEN, TEN.plusSeconds(60))))
                .isEmpty();
        assertThat(persistence.appointments().upcomingFor(b, a.customer().id(), Fixtures.NOW))
                .isEmpty();
        assertThat(persistence.webhookInbox().find(b, event.id())).isEmpty();
        assertThat(persistence
                        .webhookInbox()
                        .list(b, null, PageRequest.first(200))
                        .items())
                .isEmpty();
    }

    @Test
    void anotherTenantCannotChangeOrRemoveRows() {
        assertThat(persistence.phoneNumbers().remove(b, number.id())).isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence.phoneNumbers().find(a.tenant(), number.id())).contains(number);

        assertThatThrownBy(() -> persistence
                        .calls()
                        .update(
                                b,
                                call.apply(CallStatus.STARTED, CallFacts.startedAt(TEN), TEN)
                                        .orElseThrow()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> persistence
                        .appointments()
                        .update(b, appointment.cancel("not yours", TEN).orElseThrow()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> persistence.branches().update(b, a.branch().deactivated()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> persistence
                        .customers()
                        .update(b, a.customer().introduce("Mallory", null).orElseThrow()))
                .isInstanceOf(InvalidValueException.class);

        assertThat(persistence.calls().find(a.tenant(), call.id())).contains(call);
        assertThat(persistence.appointments().find(a.tenant(), appointment.id()))
                .contains(appointment);
        assertThat(persistence.branches().find(a.tenant(), a.branch().id())).contains(a.branch());
        assertThat(persistence.customers().find(a.tenant(), a.customer().id())).contains(a.customer());
    }

    @Test
    void sqlFiltersByTenantEvenWhenTheAggregateClaimsTheCallersCompany() {
        Call forged = new Call(
                call.id(),
                b.companyId(),
                call.branchId(),
                call.agentCallId(),
                call.direction(),
                call.from(),
                call.to(),
                CallStatus.ENDED,
                null,
                null,
                null,
                call.version(),
                call.createdAt(),
                call.updatedAt());
        Appointment forgedAppointment = new Appointment(
                appointment.id(),
                b.companyId(),
                appointment.branchId(),
                appointment.serviceId(),
                appointment.staffId(),
                appointment.customerId(),
                appointment.slot(),
                appointment.buffer(),
                appointment.zone(),
                appointment.status(),
                appointment.syncStatus(),
                "forged",
                null,
                null,
                null,
                null,
                appointment.version(),
                appointment.createdAt(),
                appointment.updatedAt());

        assertThat(persistence.calls().update(b, forged)).isInstanceOf(WriteOutcome.VersionConflict.class);
        assertThat(persistence.appointments().update(b, forgedAppointment))
                .isInstanceOf(WriteOutcome.VersionConflict.class);
        assertThat(persistence.calls().find(a.tenant(), call.id())).contains(call);
        assertThat(persistence.appointments().find(a.tenant(), appointment.id()))
                .contains(appointment);
    }
}
