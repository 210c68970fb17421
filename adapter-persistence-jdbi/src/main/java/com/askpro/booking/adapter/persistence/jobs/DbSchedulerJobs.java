package com.askpro.booking.adapter.persistence.jobs;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: durable background jobs on db-scheduler, in the same database as everything else.
 * Each piece of work is a one-time task instance keyed by what and when ({@code <event id>@<epoch
 * ms>}), so scheduling the same work twice is a no-op and db-scheduler guarantees that one
 * instance runs on one server only, even with several servers on one database. A recurring
 * sweeper re-schedules inbox events that are due but have no task — the gap left when a process
 * dies between storing an event and scheduling it — so nothing acknowledged is ever forgotten.
 */
public final class DbSchedulerJobs implements BackgroundJobs, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerJobs.class);

    /** What the jobs do; supplied once the use cases exist (they themselves schedule jobs). */
    public record Handlers(Consumer<WebhookEventId> processWebhook, BiConsumer<TenantContext, AppointmentId> syncAppointment,
            Runnable sweepDueWebhooks) {
    }

    private final AtomicReference<Handlers> handlers = new AtomicReference<>();
    private final OneTimeTask<Void> processWebhook;
    private final OneTimeTask<Void> syncAppointment;
    private final Scheduler scheduler;
    private volatile boolean running;

    public DbSchedulerJobs(DataSource dataSource, int threads, Duration pollingInterval, Duration sweepInterval) {
        FailureHandler.ExponentialBackoffFailureHandler<Void> backoff =
                new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0);
        this.processWebhook = Tasks.oneTime("process-webhook")
                .onFailure(backoff)
                .execute((instance, context) -> handlers().processWebhook().accept(
                        WebhookEventId.parse(subject(instance.getId()))));
        this.syncAppointment = Tasks.oneTime("sync-appointment")
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0))
                .execute((instance, context) -> {
                    String[] parts = subject(instance.getId()).split("/");
                    handlers().syncAppointment().accept(TenantContext.of(CompanyId.parse(parts[0])), AppointmentId.parse(parts[1]));
                });
        RecurringTask<Void> sweeper = Tasks.recurring("webhook-sweeper", FixedDelay.of(sweepInterval))
                .execute((instance, context) -> handlers().sweepDueWebhooks().run());
        this.scheduler = Scheduler.create(dataSource, processWebhook, syncAppointment)
                .startTasks(sweeper)
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

    @Override
    public void processWebhook(WebhookEventId event, Instant at) {
        scheduler.scheduleIfNotExists(processWebhook.instance(event + "@" + at.toEpochMilli()), at);
    }

    @Override
    public void syncAppointment(TenantContext tenant, AppointmentId appointment, Instant at) {
        scheduler.scheduleIfNotExists(syncAppointment.instance(tenant.companyId() + "/" + appointment + "@" + at.toEpochMilli()), at);
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
