package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.time.TimeSlot;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code PersonalData} port: export hands out, and erasure removes, everything one
 * tenant holds about one phone number (customer, calls' personal fields, appointments' notes, status
 * reasons and customer link, the reasons given with the dashboard's actions on them) and nothing of
 * another tenant; what is not personal stays; both erasure and the
 * retention purge are idempotent. Raw webhook bodies of the person's calls are replaced too.
 */
abstract class PersonalDataContract extends PortsTest {

    private static final Instant TEN = Instant.parse("2030-03-04T09:00:00Z");

    private static String agentCallId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A call from the fixtures' customer's number that ended with a transcript, recording and summary. */
    private Call endedCall(Fixtures t) {
        Call call = persistence.calls().add(t.tenant(), t.call(agentCallId())).orElseThrow();
        Call ended = call.apply(
                        CallStatus.ENDED,
                        CallFacts.startedAt(Fixtures.NOW)
                                .withTiming(Fixtures.NOW, Fixtures.NOW.plusSeconds(90), 90_000L)
                                .withOutcome("user_hangup", "Agent: Guten Tag. Erika: Ich heiße Erika.", "https://rec")
                                .withAnalysis(
                                        "Erika bucht einen Haarschnitt", "Positive", true, "{\"name\":\"Erika\"}"),
                        Fixtures.NOW.plusSeconds(90))
                .orElseThrow();
        return persistence.calls().update(t.tenant(), ended).orElseThrow();
    }

    private Appointment booked(Fixtures t, Customer who, Call call, Instant start, String notes) {
        Appointment appointment = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        t.company().id(),
                        t.branch().id(),
                        t.service().id(),
                        t.alice().id(),
                        who.id(),
                        TimeSlot.of(start, Duration.ofMinutes(30)),
                        Duration.ZERO,
                        Fixtures.BERLIN,
                        call == null ? null : call.id(),
                        notes),
                false,
                Fixtures.NOW);
        return persistence.appointments().add(t.tenant(), appointment).orElseThrow();
    }

    /** The fixtures' customer's number as a customer of {@code other} too, with a call of its own. */
    private Call sameNumberElsewhere(Fixtures t, Fixtures other) {
        other.customers()
                .addOrGet(
                        other.tenant(),
                        Customer.register(
                                CustomerId.newId(),
                                other.company().id(),
                                t.customer().phone(),
                                "Erika Fremd",
                                null,
                                Fixtures.NOW));
        return persistence
                .calls()
                .add(
                        other.tenant(),
                        Call.register(
                                CallId.newId(),
                                other.company().id(),
                                other.branch().id(),
                                agentCallId(),
                                CallDirection.INBOUND,
                                t.customer().phone(),
                                Fixtures.randomPhone(),
                                Fixtures.NOW))
                .orElseThrow();
    }

    @Test
    void anExportHandsOutTheCustomerTheirAppointmentsByStartAndTheirCallsOfTheTenantOnly() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Call call = endedCall(t);
        Appointment later = booked(t, t.customer(), call, TEN.plus(Duration.ofDays(1)), null);
        Appointment earlier = booked(t, t.customer(), null, TEN, "Allergie gegen Ammoniak");
        booked(t, t.customer(), null, TEN.plus(Duration.ofDays(2)), null);
        persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.bob(), TEN, 30))
                .orElseThrow();
        Call elsewhere = sameNumberElsewhere(t, other);

        PersonalData.Export export =
                persistence.personalData().export(t.tenant(), t.customer().phone());

        assertThat(export.customer()).contains(t.customer());
        assertThat(export.appointments()).hasSize(3);
        assertThat(export.appointments().subList(0, 2))
                .extracting(Appointment::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(export.appointments().get(0).notes()).isEqualTo("Allergie gegen Ammoniak");
        assertThat(export.calls()).extracting(Call::id).containsExactly(call.id());
        assertThat(export.calls().get(0).facts().transcript()).contains("Ich heiße Erika");
        assertThat(persistence
                        .personalData()
                        .export(other.tenant(), t.customer().phone())
                        .calls())
                .extracting(Call::id)
                .containsExactly(elsewhere.id());
        assertThat(persistence.personalData().export(t.tenant(), Fixtures.randomPhone()))
                .isEqualTo(new PersonalData.Export(Optional.empty(), List.of(), List.of()));
    }

    @Test
    void anErasureForgetsTheCustomersMessagesInTheOutbox() {
        Fixtures t = Fixtures.create(persistence);
        Appointment booked = booked(t, t.customer(), null, TEN, null);
        Notification message = Notification.plan(
                t.company().id(),
                booked.id(),
                t.customer().id(),
                booked.id() + "@askpro-booking",
                1,
                NotificationKind.CANCELLED,
                Channel.EMAIL,
                "erika@example.com",
                Fixtures.NOW,
                Fixtures.NOW);
        persistence
                .appointments()
                .update(
                        t.tenant(),
                        booked.cancel("verreist", Fixtures.NOW.plusSeconds(60)).orElseThrow(),
                        List.of(message))
                .orElseThrow();
        assertThat(persistence.notificationOutbox().find(t.tenant(), message.id()))
                .isPresent();

        persistence.personalData().erase(t.tenant(), t.customer().phone());

        assertThat(persistence.notificationOutbox().find(t.tenant(), message.id()))
                .as("an unsent message to an erased customer is never sent")
                .isEmpty();
    }

    @Test
    void anErasureRemovesThePersonOfOneTenantKeepsTheFiguresAndASecondOneAnswersZeros() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Call call = endedCall(t);
        Appointment booked = booked(t, t.customer(), call, TEN, "Allergie gegen Ammoniak");
        Appointment appointment = persistence
                .appointments()
                .update(
                        t.tenant(),
                        booked.cancel("Erika liegt im Krankenhaus", Fixtures.NOW.plusSeconds(120))
                                .orElseThrow())
                .orElseThrow();
        persistence
                .appointmentActions()
                .record(
                        t.tenant(),
                        new AppointmentActions.Entry(
                                appointment.id(), "cancel", "user:u1", "Erika liegt im Krankenhaus", Fixtures.NOW));
        Call elsewhere = sameNumberElsewhere(t, other);

        PersonalData.Erased erased =
                persistence.personalData().erase(t.tenant(), t.customer().phone());

        assertThat(erased).isEqualTo(new PersonalData.Erased(1, 1, 1, 0));
        assertThat(persistence.customers().findByPhone(t.tenant(), t.customer().phone()))
                .isEmpty();
        assertThat(persistence.customers().find(t.tenant(), t.customer().id())).isEmpty();
        Call kept = persistence.calls().find(t.tenant(), call.id()).orElseThrow();
        assertThat(kept.from()).isNull();
        assertThat(kept.customerId()).isNull();
        assertThat(kept.facts().transcript()).isNull();
        assertThat(kept.facts().recordingUrl()).isNull();
        assertThat(kept.facts().summary()).isNull();
        assertThat(kept.facts().customAnalysisJson()).isNull();
        assertThat(kept.status()).isEqualTo(CallStatus.ENDED);
        assertThat(kept.facts().durationMs()).isEqualTo(90_000L);
        assertThat(kept.agentCallId()).isEqualTo(call.agentCallId());
        Appointment figures =
                persistence.appointments().find(t.tenant(), appointment.id()).orElseThrow();
        assertThat(figures.customerId()).isNull();
        assertThat(figures.notes()).isNull();
        assertThat(figures.statusReason()).isNull();
        assertThat(figures.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(persistence.appointmentActions().of(t.tenant(), appointment.id()))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.action()).isEqualTo("cancel");
                    assertThat(action.details()).isNull();
                });
        assertThat(figures.slot()).isEqualTo(appointment.slot());

        assertThat(persistence.personalData().erase(t.tenant(), t.customer().phone()))
                .isEqualTo(new PersonalData.Erased(0, 0, 0, 0));
        assertThat(persistence.personalData().export(t.tenant(), t.customer().phone()))
                .satisfies(e -> {
                    assertThat(e.customer()).isEmpty();
                    assertThat(e.calls()).isEmpty();
                });
        assertThat(persistence
                        .customers()
                        .findByPhone(other.tenant(), t.customer().phone()))
                .isPresent();
        assertThat(persistence
                        .calls()
                        .find(other.tenant(), elsewhere.id())
                        .orElseThrow()
                        .from())
                .isEqualTo(t.customer().phone());
    }

    @Test
    void theRetentionPurgeErasesThePersonalFieldsOfTheTenantsOlderCallsOnlyAndOnce() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Call old = endedCall(t);
        Call recent = persistence
                .calls()
                .add(
                        t.tenant(),
                        Call.register(
                                CallId.newId(),
                                t.company().id(),
                                t.branch().id(),
                                agentCallId(),
                                CallDirection.INBOUND,
                                t.customer().phone(),
                                Fixtures.randomPhone(),
                                Fixtures.NOW.plus(Duration.ofDays(30))))
                .orElseThrow();
        Call elsewhere = sameNumberElsewhere(t, other);
        Instant cutoff = Fixtures.NOW.plus(Duration.ofDays(1));

        assertThat(persistence.personalData().purge(t.tenant(), cutoff).calls()).isEqualTo(1);

        Call purged = persistence.calls().find(t.tenant(), old.id()).orElseThrow();
        assertThat(purged.from()).isNull();
        assertThat(purged.facts().transcript()).isNull();
        assertThat(purged.facts().summary()).isNull();
        assertThat(purged.customerId()).isEqualTo(old.customerId());
        assertThat(purged.status()).isEqualTo(CallStatus.ENDED);
        assertThat(persistence
                        .calls()
                        .find(t.tenant(), recent.id())
                        .orElseThrow()
                        .from())
                .isEqualTo(t.customer().phone());
        assertThat(persistence
                        .calls()
                        .find(other.tenant(), elsewhere.id())
                        .orElseThrow()
                        .from())
                .isEqualTo(t.customer().phone());
        assertThat(persistence.customers().find(t.tenant(), t.customer().id())).isPresent();
        assertThat(persistence.personalData().purge(t.tenant(), cutoff).calls()).isZero();
        assertThat(persistence.personalData().purge(null, cutoff).calls()).isZero();
    }

    @Test
    void anErasureAlsoReplacesTheRawWebhookBodiesOfThePersonsCalls() {
        Fixtures t = Fixtures.create(persistence);
        Call call = endedCall(t);
        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.RETELL,
                "call_ended:" + call.agentCallId(),
                "call_ended",
                "{\"call\":{\"transcript\":\"Ich heiße Erika\"}}",
                "corr-1",
                Fixtures.NOW.plusSeconds(91));
        persistence.webhookInbox().store(event);
        persistence
                .webhookInbox()
                .update(event.attributedTo(t.company().id())
                        .processed(Fixtures.NOW.plusSeconds(92))
                        .orElseThrow());

        assertThat(persistence.personalData().erase(t.tenant(), t.customer().phone()))
                .isEqualTo(new PersonalData.Erased(1, 1, 0, 1));
        assertThat(persistence.personalData().erase(t.tenant(), t.customer().phone()))
                .isEqualTo(new PersonalData.Erased(0, 0, 0, 0));
        onDatabase(jdbi -> assertThat(count(
                        jdbi,
                        "SELECT COUNT(*) FROM webhook_events WHERE id = ? AND raw_body = ?",
                        event.id().value(),
                        JdbiPersonalData.ERASED_BODY))
                .isEqualTo(1));
    }
}
