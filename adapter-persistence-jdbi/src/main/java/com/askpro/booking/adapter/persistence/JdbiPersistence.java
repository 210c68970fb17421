package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.EncryptionKeys;
import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.adapter.persistence.crypto.WrongEncryptionKeyException;
import com.askpro.booking.application.cache.ChangePublishing;
import com.askpro.booking.application.port.CallHistory;
import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.port.DashboardQueries;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.RequestKeys;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.TimeSlotLocks;
import com.askpro.booking.domain.port.WebhookInbox;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter entry point: the persistence of AskPro on H2 (embedded default) or PostgreSQL. Owns the
 * HikariCP pool, runs the Flyway migrations, checks the encryption keys, and hands out one
 * implementation per outbound port; personal fields are encrypted by the {@link FieldCipher} they share.
 * Thread-safe; share one instance per process and {@link #close} it on shutdown.
 */
public final class JdbiPersistence implements AutoCloseable {

    private static final String COMMON_MIGRATIONS = "classpath:db/migration/common";
    private static final String POSTGRES_MIGRATIONS = "classpath:db/migration/postgresql";

    /** How long a function call waits at most before the log writes it (with the others of that interval). */
    private static final Duration FUNCTION_LOG_FLUSH = Duration.ofMillis(50);
    /** How long the first of a group of acknowledgements waits for others to share its commit (PostgreSQL). */
    public static final java.time.Duration GROUP_COMMIT_WINDOW = java.time.Duration.ofMillis(2);

    private final HikariDataSource dataSource;
    private final boolean postgres;
    private volatile Companies companies;
    private volatile Branches branches;
    private volatile PhoneNumbers phoneNumbers;
    private final TenantDirectory tenantDirectory;
    private final Services services;
    private final StaffMembers staffMembers;
    private final Customers customers;
    private final Calls calls;
    private volatile Appointments appointments;
    private final TimeSlotLocks timeSlotLocks;
    private final WebhookInbox webhookInbox;
    private final JdbiWebhookQueue webhookQueue;
    private final GroupCommitInbox groupCommit;
    private final AuditLog auditLog;
    private final AppointmentActions appointmentActions;
    private final ApiCallLog apiCallLog;
    private final JdbiFunctionCallLog functionCallLog;
    private final CallHistory callHistory;
    private final DashboardQueries dashboardQueries;
    private final ApiKeys apiKeys;
    private final DashboardSessions dashboardSessions;
    private final DashboardUsers dashboardUsers;
    private final RequestKeys requestKeys;
    private final JdbiRetellBindings retellBindings;
    private final JdbiNotificationOutbox notificationOutbox;
    private final JdbiNotificationPreferences notificationPreferences;

    private final FieldCipher cipher;
    private final Jdbi jdbi;
    private final PersonalData personalData;

    private JdbiPersistence(HikariDataSource dataSource, boolean postgres, FieldCipher cipher) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.cipher = cipher;
        Jdbi jdbi = Jdbi.create(dataSource);
        this.jdbi = jdbi;
        SlotClaims claims = new SlotClaims(!postgres);
        this.companies = new JdbiCompanies(jdbi);
        this.branches = new JdbiBranches(jdbi);
        this.phoneNumbers = new JdbiPhoneNumbers(jdbi);
        this.tenantDirectory = new JdbiTenantDirectory(jdbi);
        this.services = new JdbiServices(jdbi);
        this.staffMembers = new JdbiStaffMembers(jdbi);
        this.customers = new JdbiCustomers(jdbi, cipher);
        this.calls = new JdbiCalls(jdbi, cipher);
        this.notificationOutbox = new JdbiNotificationOutbox(jdbi, cipher);
        this.notificationPreferences = new JdbiNotificationPreferences(jdbi);
        JdbiAppointments stored = new JdbiAppointments(
                jdbi,
                new Bookings(jdbi, postgres, claims, cipher, notificationOutbox),
                claims,
                cipher,
                notificationOutbox);
        this.appointments = stored;
        this.dashboardQueries = new JdbiDashboardQueries(jdbi, (JdbiCalls) calls, stored, cipher);
        this.timeSlotLocks = new JdbiTimeSlotLocks(jdbi);
        JdbiWebhookInbox inbox = new JdbiWebhookInbox(jdbi, cipher, postgres);
        // Group commit only on PostgreSQL: H2 (one process, not the throughput target) keeps one transaction per event.
        this.groupCommit = postgres ? new GroupCommitInbox(jdbi, inbox, GROUP_COMMIT_WINDOW, 256, 2) : null;
        this.webhookInbox = postgres ? groupCommit : inbox;
        this.webhookQueue = new JdbiWebhookQueue(jdbi, inbox, postgres);
        this.auditLog = new JdbiAuditLog(jdbi);
        this.appointmentActions = new JdbiAppointmentActions(jdbi, cipher);
        this.apiCallLog = new JdbiApiCallLog(jdbi, cipher);
        this.functionCallLog = new JdbiFunctionCallLog(jdbi, FUNCTION_LOG_FLUSH);
        this.callHistory = new JdbiCallHistory(jdbi, cipher, functionCallLog::flush);
        this.apiKeys = new JdbiApiKeys(jdbi);
        this.dashboardSessions = new JdbiDashboardSessions(jdbi);
        this.dashboardUsers = new JdbiDashboardUsers(jdbi, cipher);
        this.personalData = new JdbiPersonalData(jdbi, cipher, customers);
        this.requestKeys = new JdbiRequestKeys(jdbi);
        this.retellBindings = new JdbiRetellBindings(jdbi);
    }

    /**
     * Opens the pool, migrates the schema to the latest version and checks {@code keys} against the
     * database's key check values (a {@link WrongEncryptionKeyException} for a key that does not fit).
     */
    public static JdbiPersistence start(PersistenceConfig config, EncryptionKeys keys) {
        HikariDataSource dataSource = pool(config);
        try {
            migrate(dataSource, config.isPostgres());
            FieldCipher cipher = EncryptionKeyRegistry.open(Jdbi.create(dataSource), keys, Instant.now());
            return new JdbiPersistence(dataSource, config.isPostgres(), cipher);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Only migrates the schema (the {@code migrate} command); needs no key, reads no personal data. */
    public static void migrateSchema(PersistenceConfig config) {
        try (HikariDataSource dataSource = pool(config)) {
            migrate(dataSource, config.isPostgres());
        }
    }

    private static HikariDataSource pool(PersistenceConfig config) {
        if (!config.isPostgres()
                && config.dataDir() != null
                && (config.jdbcUrl() == null || config.jdbcUrl().isBlank())) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
            }
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("askpro-db");
        hikari.setJdbcUrl(config.effectiveJdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.effectivePoolSize());
        return config.isPostgres() ? new HikariDataSource(hikari) : new H2SerializedCommits(hikari);
    }

    /** Applies pending migrations: the common ones, plus the PostgreSQL-only ones on PostgreSQL. */
    private static void migrate(DataSource dataSource, boolean postgres) {
        String[] locations =
                postgres ? new String[] {COMMON_MIGRATIONS, POSTGRES_MIGRATIONS} : new String[] {COMMON_MIGRATIONS};
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** Applies pending migrations (again): a no-op on a migrated database. */
    public void migrate() {
        migrate(dataSource, postgres);
    }

    /** The encryption of personal fields (the repositories use it; so do erasure and key rotation). */
    public FieldCipher cipher() {
        return cipher;
    }

    /** The online migration that brings plain-text and old-key values to the current key. */
    public FieldEncryptionMigration fieldEncryption() {
        return new FieldEncryptionMigration(jdbi, cipher);
    }

    /** After a complete re-encryption: forgets the key check values of every key but the current one. */
    public List<String> retireOldKeys() {
        return EncryptionKeyRegistry.retireAllBut(jdbi, cipher.keys().current());
    }

    /** The pooled data source, e.g. for db-scheduler's table {@code scheduled_tasks}. */
    /**
     * From now on every write of companies, branches, phone numbers and appointments through this
     * object publishes a change to {@code changes}, so every instance's caches drop what it touched.
     * Call once while wiring, before the ports are handed out.
     */
    public void publishChangesTo(ChangeNotifications changes) {
        companies = ChangePublishing.companies(companies, changes);
        branches = ChangePublishing.branches(branches, changes);
        phoneNumbers = ChangePublishing.phoneNumbers(phoneNumbers, changes);
        appointments = ChangePublishing.appointments(appointments, changes);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a pooled connection answers within two seconds (for readiness). */
    public boolean ping() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    public boolean isPostgres() {
        return postgres;
    }

    public Companies companies() {
        return companies;
    }

    public Branches branches() {
        return branches;
    }

    public PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    public TenantDirectory tenantDirectory() {
        return tenantDirectory;
    }

    public Services services() {
        return services;
    }

    public StaffMembers staffMembers() {
        return staffMembers;
    }

    public Customers customers() {
        return customers;
    }

    public Calls calls() {
        return calls;
    }

    public Appointments appointments() {
        return appointments;
    }

    public TimeSlotLocks timeSlotLocks() {
        return timeSlotLocks;
    }

    public WebhookInbox webhookInbox() {
        return webhookInbox;
    }

    /** The inbox as a work queue for background processing (leases, results). */
    public com.askpro.booking.domain.port.WebhookQueue webhookQueue() {
        return webhookQueue;
    }

    /**
     * Runs {@code wake} whenever any instance stores webhook events (PostgreSQL {@code LISTEN}, on a
     * connection of its own); on H2 nothing (one process: the in-process signal suffices). Close the
     * result to stop listening.
     */
    public AutoCloseable onWebhooksStored(Runnable wake) {
        if (!postgres) {
            return () -> {};
        }
        return new StoredWebhookListener(
                dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(), wake);
    }

    public RequestKeys requestKeys() {
        return requestKeys;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    /** The dashboard's staff actions on appointments (append-only). */
    public AppointmentActions appointmentActions() {
        return appointmentActions;
    }

    public ApiCallLog apiCallLog() {
        return apiCallLog;
    }

    /** One row per agent function call, for the call timeline. */
    /**
     * Writes what the function-call log still holds in its queue (it inserts in batches every 50 ms):
     * for whoever reads the tables directly and needs every answered function call in them.
     */
    public void flushFunctionCallLog() {
        functionCallLog.flush();
    }

    public FunctionCallLog functionCallLog() {
        return functionCallLog;
    }

    /** What was recorded about a call (webhook events, function calls, outbound requests), for its timeline. */
    public CallHistory callHistory() {
        return callHistory;
    }

    /** The dashboard's aggregates (charts) and searches. */
    public DashboardQueries dashboardQueries() {
        return dashboardQueries;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public DashboardSessions dashboardSessions() {
        return dashboardSessions;
    }

    public DashboardUsers dashboardUsers() {
        return dashboardUsers;
    }

    /** One person's data across the tables: export, erasure, retention purge. */
    public PersonalData personalData() {
        return personalData;
    }

    /** Retell onboarding: branch bindings and company Retell settings. */
    public com.askpro.booking.application.onboarding.AgentBindings retellBindings() {
        return retellBindings;
    }

    /** The outbox of messages to customers (written with the appointment changes, delivered in the background). */
    public com.askpro.booking.domain.port.NotificationOutbox notificationOutbox() {
        return notificationOutbox;
    }

    /** Companies' notification settings and customers' opt-outs. */
    public com.askpro.booking.domain.port.NotificationPreferences notificationPreferences() {
        return notificationPreferences;
    }

    /**
     * From now on every appointment write through this object asks {@code decorate} for the
     * messages that announce it (the application decides; they are stored in the same transaction).
     * Call once while wiring, after {@link #publishChangesTo}, before the ports are handed out.
     */
    public void notifyThrough(java.util.function.UnaryOperator<Appointments> decorate) {
        appointments = decorate.apply(appointments);
    }

    @Override
    public void close() {
        functionCallLog.close();
        if (groupCommit != null) {
            groupCommit.close();
        }
        dataSource.close();
    }
}
