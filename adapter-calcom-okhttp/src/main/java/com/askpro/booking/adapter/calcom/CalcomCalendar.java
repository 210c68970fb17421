package com.askpro.booking.adapter.calcom;

import com.askpro.booking.adapter.calcom.CalcomClient.Result;
import com.askpro.booking.adapter.calcom.CalcomDtos.Attendee;
import com.askpro.booking.adapter.calcom.CalcomDtos.Cancel;
import com.askpro.booking.adapter.calcom.CalcomDtos.CreateBooking;
import com.askpro.booking.adapter.calcom.CalcomDtos.Reschedule;
import com.askpro.booking.adapter.calcom.CalcomDtos.SlotItem;
import com.askpro.booking.application.calendar.AvailabilityInvalidation;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Adapter: Cal.com API v2 as a company's {@link CalendarProvider}: cached free slots, and writes
 * that never book twice. Reads that fail throw {@link CalcomException}. As the application's
 * {@link AvailabilityInvalidation} it drops cached slots when Cal.com webhooks report changes.
 */
public final class CalcomCalendar implements CalendarProvider, AvailabilityInvalidation {

    private final CalcomClient client;
    private final CalcomWrites writes;
    private final CalcomResilience resilience;
    private final AvailabilityCache cache;

    /**
     * @param callLog        receives one entry per outbound request
     * @param clock          for the cache, the 429 pause and log timestamps
     * @param correlationIds the current correlation id (sent as {@code X-Request-Id} and logged)
     */
    public CalcomCalendar(CalcomConfig config, ApiCallLog callLog, Clock clock, Supplier<String> correlationIds) {
        this.resilience = new CalcomResilience(config, clock);
        this.client = new CalcomClient(new CalcomHttp(config, callLog, correlationIds, clock), resilience, config);
        this.writes = new CalcomWrites(client);
        this.cache = new AvailabilityCache(clock, config.cacheTtl());
    }

    @Override
    public List<AvailableSlot> freeSlots(SlotQuery query) {
        Credential credential = credential(query.company());
        long eventTypeId = eventTypeId(query.service());
        ZoneId zone = query.branch().timeZone();
        if (query.to().isBefore(query.from())) {
            return List.of();
        }
        List<LocalDate> days = query.from().datesUntil(query.to().plusDays(1)).toList();
        List<LocalDate> missing = days.stream()
                .filter(day -> cache.get(key(query.company().id(), eventTypeId, zone, day))
                        .isEmpty())
                .toList();
        Map<LocalDate, List<AvailableSlot>> fetched = missing.isEmpty()
                ? Map.of()
                : fetch(credential, query, eventTypeId, missing.get(0), missing.get(missing.size() - 1));
        List<AvailableSlot> free = new ArrayList<>();
        for (LocalDate day : days) {
            List<AvailableSlot> slots = fetched.containsKey(day)
                    ? fetched.get(day)
                    : cache.get(key(query.company().id(), eventTypeId, zone, day))
                            .orElse(List.of());
            slots.stream()
                    .filter(slot -> !slot.slot().start().isBefore(query.now()))
                    .forEach(free::add);
        }
        return List.copyOf(free);
    }

    @Override
    public CalendarAnswer create(Company company, Appointment appointment, Service service, Customer customer) {
        return create(company, appointment, service, customer, false);
    }

    /** Looks for the booking an earlier attempt with an unknown outcome may have made before it posts. */
    @Override
    public CalendarAnswer createAgain(Company company, Appointment appointment, Service service, Customer customer) {
        return create(company, appointment, service, customer, true);
    }

    private CalendarAnswer create(
            Company company, Appointment appointment, Service service, Customer customer, boolean again) {
        if (company.calcomKey().isEmpty() || service.calcomEventTypeId() == null) {
            return new CalendarAnswer.Rejected(missingSetup(company, service));
        }
        String name = customer.knownName().orElse(customer.phone().e164());
        Attendee attendee = new Attendee(
                name,
                appointment.zone().getId(),
                customer.phone().e164(),
                customer.email(),
                company.language().code());
        Map<String, String> metadata = Map.of(
                CalcomWrites.APPOINTMENT_KEY,
                appointment.id().toString(),
                CalcomWrites.COMPANY_KEY,
                company.id().toString());
        CreateBooking body = new CreateBooking(
                appointment.slot().start().toString(), service.calcomEventTypeId(), attendee, metadata);
        try {
            return again
                    ? writes.createAgain(
                            credential(company), body, appointment.id().toString())
                    : writes.create(credential(company), body, appointment.id().toString());
        } finally {
            cache.invalidateTouching(company.id(), appointment.slot());
        }
    }

    @Override
    public CalendarAnswer reschedule(Company company, Appointment previous, Appointment replacement) {
        if (company.calcomKey().isEmpty()) {
            return new CalendarAnswer.Rejected(missingSetup(company, null));
        }
        if (previous.externalUid() == null) {
            return new CalendarAnswer.Rejected(
                    "appointment " + previous.id() + " has no Cal.com booking uid to reschedule");
        }
        try {
            return writes.reschedule(
                    credential(company),
                    previous.externalUid(),
                    new Reschedule(replacement.slot().start().toString(), "Rescheduled by phone"));
        } finally {
            cache.invalidateTouching(company.id(), previous.slot());
            cache.invalidateTouching(company.id(), replacement.slot());
        }
    }

    @Override
    public CalendarAnswer cancel(Company company, Appointment appointment, String reason) {
        if (company.calcomKey().isEmpty()) {
            return new CalendarAnswer.Rejected(missingSetup(company, null));
        }
        if (appointment.externalUid() == null) {
            return new CalendarAnswer.Rejected(
                    "appointment " + appointment.id() + " has no Cal.com booking uid to cancel");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            return writes.cancel(credential(company), appointment.externalUid(), new Cancel(why));
        } finally {
            cache.invalidateTouching(company.id(), appointment.slot());
        }
    }

    /** Forgets cached free slots of one event type's local day (e.g. on a Cal.com webhook). */
    public void invalidate(CompanyId companyId, long eventTypeId, LocalDate day) {
        cache.invalidate(companyId, eventTypeId, day);
    }

    /** Forgets the tenant's cached days (every event type) that {@code touching} overlaps. */
    @Override
    public void invalidate(CompanyId companyId, TimeSlot touching) {
        cache.invalidateTouching(companyId, touching);
    }

    /** Forgets every cached day of the tenant. */
    @Override
    public void invalidateAll(CompanyId companyId) {
        cache.invalidateCompany(companyId);
    }

    /** Circuit state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}) per {@link #fingerprint credential fingerprint}. */
    public Map<String, String> circuitStates() {
        return resilience.circuitStates();
    }

    /** The non-secret name of an API key used in {@link #circuitStates()}. */
    public static String fingerprint(String apiKey) {
        return Credential.fingerprintOf(apiKey);
    }

    /** The event types of the key's owner, to link services to. */
    public List<CalcomEventType> eventTypes(Company company) {
        return orThrow(client.eventTypes(credential(company))).stream()
                .map(type -> new CalcomEventType(type.id(), type.title(), type.slug(), type.lengthInMinutes()))
                .toList();
    }

    private Map<LocalDate, List<AvailableSlot>> fetch(
            Credential credential, SlotQuery query, long eventTypeId, LocalDate first, LocalDate last) {
        ZoneId zone = query.branch().timeZone();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        Map<String, List<SlotItem>> data = orThrow(client.slots(credential, eventTypeId, start, end, zone));
        Map<LocalDate, List<AvailableSlot>> byDay =
                CalcomSlots.byLocalDay(data, zone, query.service().duration());
        Map<LocalDate, List<AvailableSlot>> complete = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<AvailableSlot> slots = byDay.getOrDefault(day, List.of());
            cache.put(key(query.company().id(), eventTypeId, zone, day), slots);
            complete.put(day, slots);
        }
        return complete;
    }

    private static AvailabilityCache.Key key(CompanyId companyId, long eventTypeId, ZoneId zone, LocalDate day) {
        return new AvailabilityCache.Key(companyId, eventTypeId, zone, day);
    }

    private static Credential credential(Company company) {
        return Credential.of(
                company.id(),
                company.calcomKey()
                        .orElseThrow(
                                () -> new CalcomException(new CalendarAnswer.Rejected(missingSetup(company, null)))));
    }

    private static long eventTypeId(Service service) {
        if (service.calcomEventTypeId() == null) {
            throw new CalcomException(
                    new CalendarAnswer.Rejected("service '" + service.name() + "' has no Cal.com event type id"));
        }
        return service.calcomEventTypeId();
    }

    private static String missingSetup(Company company, Service service) {
        if (company.calcomKey().isEmpty()) {
            return "company '" + company.name() + "' has no Cal.com API key";
        }
        return "service '" + service.name() + "' has no Cal.com event type id";
    }

    private static <T> T orThrow(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new CalcomException(((Result.Failed<T>) result).answer());
    }
}
