package com.askpro.booking.application.webhook;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test double: remembers what was scheduled, runs nothing. */
final class RecordingJobs implements BackgroundJobs {

    record Scheduled(WebhookEventId event, Instant at) {}

    final List<Scheduled> scheduled = new ArrayList<>();

    @Override
    public void processWebhook(WebhookEventId event, Instant at) {
        scheduled.add(new Scheduled(event, at));
    }

    @Override
    public void syncAppointment(TenantContext tenant, AppointmentId appointment, Instant at) {
        throw new UnsupportedOperationException("not expected in webhook tests");
    }
}
