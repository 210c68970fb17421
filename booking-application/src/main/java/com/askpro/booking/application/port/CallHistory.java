package com.askpro.booking.application.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port: what was recorded about one call of a tenant, for its debug timeline. Every read
 * is scoped to the tenant; each list is ordered by time and holds at most {@link #LIMIT} items.
 */
public interface CallHistory {

    /** The most items of one kind a timeline shows. */
    int LIMIT = 500;

    /** A stored webhook event about the call, without its body. */
    record WebhookEventSummary(
            WebhookEventId id,
            WebhookSource source,
            String eventType,
            WebhookStatus status,
            int attempts,
            Instant receivedAt,
            Instant processedAt,
            String lastError,
            String correlationId) {}

    /** The Retell events (inbound call, call events) the tenant received for {@code call}, by arrival. */
    List<WebhookEventSummary> webhookEvents(TenantContext tenant, Call call);

    /** The functions the agent called during the call, by start. */
    List<FunctionCallLog.Entry> functionCalls(TenantContext tenant, CallId call);

    /** The outbound API requests (e.g. to Cal.com) made for the call, by end. */
    List<ApiCallLog.Entry> outboundRequests(TenantContext tenant, CallId call);

    /** A message to the customer about an appointment of the call, without its recipient. */
    record NotificationSummary(
            NotificationId id,
            AppointmentId appointmentId,
            NotificationKind kind,
            Channel channel,
            NotificationStatus status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            String lastError) {}

    /** The messages about the appointments the call booked, moved or cancelled, by creation. */
    List<NotificationSummary> notifications(TenantContext tenant, CallId call);
}
