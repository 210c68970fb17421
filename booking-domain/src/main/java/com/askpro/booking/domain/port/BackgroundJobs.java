package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Instant;

/**
 * Outbound port: durable background work, executed once by one server instance even when several
 * run. Scheduling the same work twice is harmless.
 */
public interface BackgroundJobs {

    void processWebhook(WebhookEventId event, Instant at);

    void syncAppointment(TenantContext tenant, AppointmentId appointment, Instant at);
}
