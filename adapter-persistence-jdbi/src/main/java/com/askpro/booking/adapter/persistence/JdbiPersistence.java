package com.askpro.booking.adapter.persistence;

import com.askpro.booking.application.cache.ChangePublishing;
import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.RequestKeys;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.PhoneNumbers;
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
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter entry point: the persistence of AskPro on H2 (embedded default) or PostgreSQL. Owns the
 * HikariCP pool, runs the Flyway migrations and hands out one implementation per outbound port.
 * Thread-safe; share one instance per process and {@link #close} it on shutdown.
 */
public final class JdbiPersistence implements AutoCloseable {

    private static final String COMMON_MIGRATIONS = "classpath:db/migration/common";
    private static final String POSTGRES_MIGRATIONS = "classpath:db/migration/postgresql";

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
    private final AuditLog auditLog;
    private final ApiCallLog apiCallLog;
    private final ApiKeys apiKeys;
    private final DashboardSessions dashboardSessions;
    private final RequestKeys requestKeys;
    private final JdbiRetellBindings retellBindings;

    private JdbiPersistence(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        Jdbi jdbi = Jdbi.create(dataSource);
        SlotClaims claims = new SlotClaims(!postgres);
        this.companies = new JdbiCompanies(jdbi);
        this.branches = new JdbiBranches(jdbi);
        this.phoneNumbers = new JdbiPhoneNumbers(jdbi);
        this.tenantDirectory = new JdbiTenantDirectory(jdbi);
        this.services = new JdbiServices(jdbi);
        this.staffMembers = new JdbiStaffMembers(jdbi);
        this.customers = new JdbiCustomers(jdbi);
        this.calls = new JdbiCalls(jdbi);
        this.appointments = new JdbiAppointments(jdbi, new Bookings(jdbi, postgres, claims), claims);
        this.timeSlotLocks = new JdbiTimeSlotLocks(jdbi);
        this.webhookInbox = new JdbiWebhookInbox(jdbi);
        this.auditLog = new JdbiAuditLog(jdbi);
        this.apiCallLog = new JdbiApiCallLog(jdbi);
        this.apiKeys = new JdbiApiKeys(jdbi);
        this.dashboardSessions = new JdbiDashboardSessions(jdbi);
        this.requestKeys = new JdbiRequestKeys(jdbi);
        this.retellBindings = new JdbiRetellBindings(jdbi);
    }

    /** Opens the pool and migrates the schema to the latest version. */
    public static JdbiPersistence start(PersistenceConfig config) {
        JdbiPersistence persistence = open(config);
        try {
            persistence.migrate();
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
        return persistence;
    }

    /** Opens the pool without migrating (e.g. for a separate {@code migrate} command). */
    public static JdbiPersistence open(PersistenceConfig config) {
        if (!config.isPostgres() && config.dataDir() != null && (config.jdbcUrl() == null || config.jdbcUrl().isBlank())) {
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
        return new JdbiPersistence(new HikariDataSource(hikari), config.isPostgres());
    }

    /** Applies pending migrations: the common ones, plus the PostgreSQL-only ones on PostgreSQL. */
    public void migrate() {
        String[] locations = postgres ? new String[] {COMMON_MIGRATIONS, POSTGRES_MIGRATIONS} : new String[] {COMMON_MIGRATIONS};
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .loggers("slf4j")
                .load()
                .migrate();
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

    public RequestKeys requestKeys() {
        return requestKeys;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public ApiCallLog apiCallLog() {
        return apiCallLog;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public DashboardSessions dashboardSessions() {
        return dashboardSessions;
    }

    /** Retell onboarding: branch bindings and company Retell settings. */
    public com.askpro.booking.application.retell.provisioning.RetellBindings retellBindings() {
        return retellBindings;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
