package com.askpro.booking.adapter.persistence.jobs;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: durable background jobs. Webhook events need no job of their own: the inbox is their
 * queue ({@link WebhookQueueWorker}), so {@link #processWebhook} only wakes the worker. Calendar sync
 * runs on db-scheduler, in the same database as everything else: each piece of work is a one-time
 * task instance keyed by what and when ({@code <company>/<appointment>@<epoch ms>}), so scheduling
 * the same work twice is a no-op and db-scheduler guarantees that one instance runs on one server
 * only, even with several servers on one database. A {@code process-webhook} task that a previous
 * release scheduled (rolling deploy) only wakes the worker too.
 */
public final class DbSchedulerJobs implements BackgroundJobs, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerJobs.class);

    /** What the jobs do; supplied once the use cases exist (they themselves schedule jobs). */
    public record Handlers(BiConsumer<TenantContext, AppointmentId> syncAppointment) {}

    private final AtomicReference<Handlers> handlers = new AtomicReference<>();
    private final OneTimeTask<Void> previousReleaseWebhookTask;
    private final OneTimeTask<Void> syncAppointment;
    private final Scheduler scheduler;
    private final Runnable wakeWebhooks;
    private volatile boolean running;

    public DbSchedulerJobs(DataSource dataSource, int threads, Duration pollingInterval, Runnable wakeWebhooks) {
        this.wakeWebhooks = wakeWebhooks;
        this.previousReleaseWebhookTask =
                Tasks.oneTime("process-webhook").execute((instance, context) -> wakeWebhooks.run());
        this.syncAppointment = Tasks.oneTime("sync-appointment")
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0))
                .execute((instance, context) -> {
                    String[] parts = subject(instance.getId()).split("/");
                    handlers()
                            .syncAppointment()
                            .accept(TenantContext.of(CompanyId.parse(parts[0])), AppointmentId.parse(parts[1]));
                });
        this.scheduler = Scheduler.create(dataSource, previousReleaseWebhookTask, syncAppointment)
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(Duration.ofSeconds(10))
                .missedHeartbeatsLimit(6)
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    /** Starts executing jobs with {@code jobHandlers}. */
    public void start(Handlers jobHandlers) {
        handlers.set(jobHandlers);
        scheduler.start();
        running = true;
        LOG.info("background jobs started");
    }

    /** True while the scheduler executes jobs (for readiness). */
    public boolean isRunning() {
        return running;
    }

    /** The event is in the inbox, which is the queue: wake the worker (a later {@code at} is found by its polling). */
    @Override
    public void processWebhook(WebhookEventId event, Instant at) {
        wakeWebhooks.run();
    }

    @Override
    public void syncAppointment(TenantContext tenant, AppointmentId appointment, Instant at) {
        scheduler.scheduleIfNotExists(
                syncAppointment.instance(tenant.companyId() + "/" + appointment + "@" + at.toEpochMilli()), at);
    }

    /** Stops taking new jobs and waits (up to 30 s) for running ones to finish. */
    @Override
    public void close() {
        running = false;
        scheduler.stop();
    }

    private Handlers handlers() {
        Handlers current = handlers.get();
        if (current == null) {
            throw new IllegalStateException("background jobs were not started");
        }
        return current;
    }

    private static String subject(String instanceId) {
        int at = instanceId.lastIndexOf('@');
        return at < 0 ? instanceId : instanceId.substring(0, at);
    }
}
