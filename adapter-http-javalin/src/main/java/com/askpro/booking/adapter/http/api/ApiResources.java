package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.admin.ManageApiKeys;
import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffSkill;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The response records of {@code /api/v1} (SPEC §5): ids as text, instants ISO-8601 UTC, enums
 * in lower case, phone numbers E.164, secrets never — except an API key's text, once, on creation.
 */
final class ApiResources {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private ApiResources() {}

    record ListResource<T>(List<T> items, String nextCursor) {}

    static <D, R> ListResource<R> list(Page<D> page, Function<D, R> mapper) {
        return new ListResource<>(page.items().stream().map(mapper).toList(), page.nextCursor());
    }

    record CompanyResource(
            String id,
            String name,
            String country,
            String timeZone,
            String language,
            boolean active,
            boolean calcomApiKeySet,
            @JsonInclude(JsonInclude.Include.NON_NULL) String apiKey,
            int retentionDays) {
        static CompanyResource of(Company c, String key) {
            return new CompanyResource(
                    c.id().toString(),
                    c.name(),
                    c.country(),
                    c.timeZone().getId(),
                    c.language().code(),
                    c.active(),
                    c.usesCalcom(),
                    key,
                    c.retentionDays());
        }
    }

    /** {@code key} is the secret text: present only in the answer that created the key. */
    record ApiKeyResource(
            String id,
            String companyId,
            String role,
            String prefix,
            String label,
            String createdAt,
            String revokedAt,
            boolean active,
            @JsonInclude(JsonInclude.Include.NON_NULL) String key) {
        static ApiKeyResource of(ApiKey k) {
            return new ApiKeyResource(
                    k.id().toString(),
                    Objects.toString(k.companyId(), null),
                    k.role().code(),
                    k.prefix(),
                    k.label(),
                    text(k.createdAt()),
                    text(k.revokedAt()),
                    k.isActive(),
                    null);
        }

        static ApiKeyResource issued(ManageApiKeys.IssuedKey issued) {
            ApiKeyResource r = of(issued.key());
            return new ApiKeyResource(
                    r.id, r.companyId, r.role, r.prefix, r.label, r.createdAt, r.revokedAt, r.active, issued.secret());
        }
    }

    record BranchResource(
            String id,
            String name,
            String address,
            String timeZone,
            Map<String, List<List<String>>> workingHours,
            List<String> closedDays,
            boolean active,
            List<String> keywords,
            String assignment) {
        static BranchResource of(Branch b) {
            return new BranchResource(
                    b.id().toString(),
                    b.name(),
                    b.address(),
                    b.timeZone().getId(),
                    hours(b.workingHours()),
                    b.closedDays().stream().sorted().map(LocalDate::toString).toList(),
                    b.active(),
                    b.keywords(),
                    b.assignment().code());
        }
    }

    /** {@code branchId} null and {@code hotline} true: the number of the whole company. */
    record PhoneNumberResource(String id, String number, String branchId, boolean hotline) {
        static PhoneNumberResource of(BranchPhoneNumber n) {
            return new PhoneNumberResource(
                    n.id().toString(), n.number().e164(), Objects.toString(n.branchId(), null), n.isHotline());
        }
    }

    record ServiceResource(
            String id,
            String name,
            long durationMinutes,
            long bufferMinutes,
            List<String> keywords,
            String branchId,
            Long calcomEventTypeId,
            boolean active) {
        static ServiceResource of(Service s) {
            return new ServiceResource(
                    s.id().toString(),
                    s.name(),
                    s.duration().toMinutes(),
                    s.buffer().toMinutes(),
                    s.keywords(),
                    Objects.toString(s.branchId(), null),
                    s.calcomEventTypeId(),
                    s.active());
        }
    }

    record StaffResource(
            String id,
            String name,
            String branchId,
            List<String> serviceIds,
            Map<String, List<List<String>>> workingHours,
            boolean active,
            List<SkillResource> skills) {
        static StaffResource of(Staff s) {
            return new StaffResource(
                    s.id().toString(),
                    s.name(),
                    s.branchId().toString(),
                    s.serviceIds().stream().map(Object::toString).sorted().toList(),
                    s.workingHours() == null ? null : hours(s.workingHours()),
                    s.active(),
                    s.skills().stream().map(SkillResource::of).toList());
        }
    }

    /** {@code durationMinutes} null: the service's duration. */
    record SkillResource(String serviceId, Long durationMinutes, int level) {
        static SkillResource of(StaffSkill k) {
            return new SkillResource(
                    k.serviceId().toString(),
                    k.duration() == null ? null : k.duration().toMinutes(),
                    k.level());
        }
    }

    /** {@code notifications}: whether the customer receives confirmations and reminders (false: opted out). */
    record CustomerResource(
            String id,
            String phone,
            String name,
            String email,
            String createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean notifications) {
        /** Without the opt-out (the privacy export). */
        static CustomerResource of(Customer c) {
            return of(c, null);
        }

        static CustomerResource of(Customer c, Boolean notifications) {
            return new CustomerResource(
                    c.id().toString(), c.phone().e164(), c.name(), c.email(), text(c.createdAt()), notifications);
        }
    }

    record CallResource(
            String id,
            String retellCallId,
            String status,
            String direction,
            String fromNumber,
            String toNumber,
            String branchId,
            String customerId,
            String startedAt,
            String endedAt,
            Long durationMs,
            String disconnectionReason,
            String summary,
            String sentiment,
            Boolean successful,
            List<String> appointmentIds,
            String createdAt,
            String transcript,
            String recordingUrl) {
        static CallResource of(Call c) {
            var f = c.facts();
            return new CallResource(
                    c.id().toString(),
                    c.agentCallId(),
                    lower(c.status()),
                    lower(c.direction()),
                    c.from() == null ? null : c.from().e164(),
                    c.to().e164(),
                    Objects.toString(c.branchId(), null),
                    Objects.toString(c.customerId(), null),
                    text(f.startedAt()),
                    text(f.endedAt()),
                    f.durationMs(),
                    f.disconnectionReason(),
                    f.summary(),
                    f.sentiment(),
                    f.successful(),
                    c.appointmentIds().stream().map(Object::toString).sorted().toList(),
                    text(c.createdAt()),
                    f.transcript(),
                    f.recordingUrl());
        }
    }

    /** {@code notifications}: the messages that announced the appointment's changes, oldest first. */
    record AppointmentResource(
            String id,
            String status,
            String syncStatus,
            String serviceId,
            String staffId,
            String customerId,
            String branchId,
            String start,
            String end,
            String timeZone,
            String sourceCallId,
            String externalUid,
            String notes,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<NotificationRoutes.AppointmentNotification> notifications) {
        /** Without the messages (the privacy export). */
        static AppointmentResource of(Appointment a) {
            return of(a, null);
        }

        static AppointmentResource of(
                Appointment a, List<com.askpro.booking.domain.notification.Notification> notifications) {
            return new AppointmentResource(
                    a.id().toString(),
                    lower(a.status()),
                    lower(a.syncStatus()),
                    a.serviceId().toString(),
                    Objects.toString(a.staffId(), null),
                    Objects.toString(a.customerId(), null),
                    a.branchId().toString(),
                    text(a.slot().start()),
                    text(a.slot().end()),
                    a.zone().getId(),
                    Objects.toString(a.sourceCallId(), null),
                    a.externalUid(),
                    a.notes(),
                    notifications == null
                            ? null
                            : notifications.stream()
                                    .map(NotificationRoutes.AppointmentNotification::of)
                                    .toList());
        }
    }

    record WebhookEventResource(
            String id,
            String source,
            String eventType,
            String status,
            int attempts,
            String receivedAt,
            String processedAt,
            String nextAttemptAt,
            String lastError) {
        static WebhookEventResource of(WebhookEvent e) {
            return new WebhookEventResource(
                    e.id().toString(),
                    lower(e.source()),
                    e.eventType(),
                    lower(e.status()),
                    e.attempts(),
                    text(e.receivedAt()),
                    text(e.processedAt()),
                    text(e.nextAttemptAt()),
                    e.lastError());
        }
    }

    static Map<String, List<List<String>>> hours(WorkingHours hours) {
        Map<String, List<List<String>>> text = new LinkedHashMap<>();
        hours.days()
                .forEach((day, intervals) -> text.put(
                        DAYS.get(day.getValue() - 1),
                        intervals.stream()
                                .map(i -> List.of(i.from().toString(), i.to().toString()))
                                .toList()));
        return text;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
