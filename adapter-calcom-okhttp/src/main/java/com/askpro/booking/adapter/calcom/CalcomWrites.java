package com.askpro.booking.adapter.calcom;

import com.askpro.booking.adapter.calcom.CalcomClient.Result;
import com.askpro.booking.adapter.calcom.CalcomDtos.Booking;
import com.askpro.booking.adapter.calcom.CalcomDtos.Cancel;
import com.askpro.booking.adapter.calcom.CalcomDtos.CreateBooking;
import com.askpro.booking.adapter.calcom.CalcomDtos.Reschedule;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adapter: Cal.com writes without blind retries. Cal.com has no idempotency key, so after an
 * uncertain outcome (timeout, 5xx) the adapter first looks for the booking it may have made, and
 * only when it is not there tries once more.
 */
final class CalcomWrites {

    /** Metadata key carrying our appointment id on every booking we create. */
    static final String APPOINTMENT_KEY = "askproAppointmentId";

    static final String COMPANY_KEY = "askproCompanyId";

    private final CalcomClient client;

    CalcomWrites(CalcomClient client) {
        this.client = client;
    }

    /**
     * Creates a booking. A slot-taken answer is also checked against our own bookings: it may be
     * the booking an earlier, timed-out attempt made (Cal.com refuses the duplicate with 400/409).
     */
    CalendarAnswer create(Credential credential, CreateBooking body, String appointmentId) {
        Instant start = Instant.parse(body.start());
        Result<Booking> first = client.createBooking(credential, body);
        if (first instanceof Result.Ok<Booking> ok) {
            return new CalendarAnswer.Accepted(ok.value().uid());
        }
        Result.Failed<Booking> failed = (Result.Failed<Booking>) first;
        if (failed.answer() instanceof CalendarAnswer.SlotTaken) {
            return ours(credential, appointmentId, body.eventTypeId(), start).orElse(failed.answer());
        }
        if (!failed.uncertain()) {
            return failed.answer();
        }
        Result<Optional<String>> lookup = findOurs(credential, appointmentId, body.eventTypeId(), start);
        if (lookup instanceof Result.Failed<Optional<String>>) {
            return failed.answer();
        }
        Optional<String> found = ((Result.Ok<Optional<String>>) lookup).value();
        if (found.isPresent()) {
            return new CalendarAnswer.Accepted(found.get());
        }
        Result<Booking> second = client.createBooking(credential, body);
        if (second instanceof Result.Ok<Booking> ok) {
            return new CalendarAnswer.Accepted(ok.value().uid());
        }
        CalendarAnswer answer = ((Result.Failed<Booking>) second).answer();
        return answer instanceof CalendarAnswer.SlotTaken
                ? ours(credential, appointmentId, body.eventTypeId(), start).orElse(answer)
                : answer;
    }

    /**
     * Creates a booking that an earlier attempt (another request, another process, before a restart)
     * may already have made: looks it up by our metadata first and adopts it; posts only when the
     * lookup answers that it is not there. A failed lookup posts nothing ({@code Unavailable}, tried later).
     */
    CalendarAnswer createAgain(Credential credential, CreateBooking body, String appointmentId) {
        Instant start = Instant.parse(body.start());
        Result<Optional<String>> lookup = findOurs(credential, appointmentId, body.eventTypeId(), start);
        if (lookup instanceof Result.Failed<Optional<String>> failed) {
            return failed.answer();
        }
        Optional<String> found = ((Result.Ok<Optional<String>>) lookup).value();
        if (found.isPresent()) {
            return new CalendarAnswer.Accepted(found.get());
        }
        return create(credential, body, appointmentId);
    }

    /** Reschedules; after an uncertain outcome the old booking tells whether it already moved. */
    CalendarAnswer reschedule(Credential credential, String uid, Reschedule body) {
        Result<Booking> first = client.reschedule(credential, uid, body);
        if (first instanceof Result.Ok<Booking> ok) {
            return new CalendarAnswer.Accepted(ok.value().uid());
        }
        Result.Failed<Booking> failed = (Result.Failed<Booking>) first;
        if (!failed.uncertain()) {
            return failed.answer();
        }
        Result<Booking> old = client.booking(credential, uid);
        if (!(old instanceof Result.Ok<Booking> found)) {
            return failed.answer();
        }
        if (found.value().rescheduledToUid() != null) {
            return new CalendarAnswer.Accepted(found.value().rescheduledToUid());
        }
        return answerOf(client.reschedule(credential, uid, body));
    }

    /** Cancels; a refusal or an uncertain outcome is checked against the booking's current status. */
    CalendarAnswer cancel(Credential credential, String uid, Cancel body) {
        Result<Booking> first = client.cancel(credential, uid, body);
        if (first instanceof Result.Ok<Booking>) {
            return new CalendarAnswer.Accepted(uid);
        }
        Result.Failed<Booking> failed = (Result.Failed<Booking>) first;
        boolean refused = failed.answer() instanceof CalendarAnswer.Rejected;
        if (!failed.uncertain() && !refused) {
            return failed.answer();
        }
        Result<Booking> current = client.booking(credential, uid);
        if (current instanceof Result.Ok<Booking> found && !found.value().isActive()) {
            return new CalendarAnswer.Accepted(uid);
        }
        if (failed.uncertain() && current instanceof Result.Ok<Booking>) {
            Result<Booking> second = client.cancel(credential, uid, body);
            return second instanceof Result.Ok<Booking> ? new CalendarAnswer.Accepted(uid) : answerOf(second);
        }
        return failed.answer();
    }

    /** Our active booking for {@code appointmentId} around {@code start}, looked up by metadata. */
    Result<Optional<String>> findOurs(Credential credential, String appointmentId, long eventTypeId, Instant start) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("eventTypeId", Long.toString(eventTypeId));
        filters.put("afterStart", start.minus(Duration.ofMinutes(1)).toString());
        filters.put("beforeEnd", start.plus(Duration.ofDays(1)).toString());
        filters.put("take", "100");
        Result<List<Booking>> listed = client.bookings(credential, filters);
        if (listed instanceof Result.Failed<List<Booking>> failed) {
            return new Result.Failed<>(failed.answer(), false);
        }
        return new Result.Ok<>(((Result.Ok<List<Booking>>) listed)
                .value().stream()
                        .filter(Booking::isActive)
                        .filter(booking -> appointmentId.equals(String.valueOf(booking.metadataValue(APPOINTMENT_KEY))))
                        .map(Booking::uid)
                        .findFirst());
    }

    private Optional<CalendarAnswer> ours(
            Credential credential, String appointmentId, long eventTypeId, Instant start) {
        Result<Optional<String>> lookup = findOurs(credential, appointmentId, eventTypeId, start);
        return lookup instanceof Result.Ok<Optional<String>> ok
                ? ok.value().map(CalendarAnswer.Accepted::new)
                : Optional.empty();
    }

    private static CalendarAnswer answerOf(Result<Booking> result) {
        return result instanceof Result.Ok<Booking> ok
                ? new CalendarAnswer.Accepted(ok.value().uid())
                : ((Result.Failed<Booking>) result).answer();
    }
}
