package com.askpro.booking.adapter.persistence;

import com.askpro.booking.application.onboarding.AgentBindings;
import com.askpro.booking.application.onboarding.InMemoryAgentBindings;
import com.askpro.booking.domain.call.CallId;
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
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.RequestKeys;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.TimeSlotLocks;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.WebhookQueue;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.port.memory.Ports;
import com.askpro.booking.domain.tenant.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * Test support for the contracts of the booking persistence ports: each concrete class runs one
 * contract on H2, on PostgreSQL ({@link TestDatabase}) or, with {@link TestDatabase#IN_MEMORY},
 * on the in-memory adapters ({@link InMemoryPorts}). {@code persistence} is the set of ports under
 * test; what only a database can show (rows, encrypted columns) is checked {@link #onDatabase}.
 * The application's {@link AgentBindings} port is not one of the domain's {@link Ports}: it is
 * {@link #agentBindings()} here (in memory {@link InMemoryAgentBindings}, from booking-application's
 * test-jar). The logs have no reads of their own: {@link #functionCallsOf} and {@link
 * #outboundRequestsOf} read them back as a call's timeline does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortsTest {

    protected Ports persistence;
    private InMemoryPorts memory;
    private AgentBindings agentBindings;
    private JdbiPersistence jdbi;
    private TestDatabase database;
    private String unavailable;

    /** Where this concrete test class runs the contract. */
    abstract TestDatabase newDatabase();

    @BeforeAll
    void open() {
        try {
            database = newDatabase();
        } catch (TestAbortedException e) {
            unavailable = e.getMessage();
            return;
        }
        if (database == TestDatabase.IN_MEMORY) {
            memory = new InMemoryPorts();
            persistence = memory;
            agentBindings = new InMemoryAgentBindings();
            return;
        }
        jdbi = JdbiPersistence.start(database.config(), TestDatabase.KEYS);
        persistence = of(jdbi);
        agentBindings = jdbi.retellBindings();
    }

    /** The application's port of what each branch is provisioned as on the voice-agent platform. */
    AgentBindings agentBindings() {
        return agentBindings;
    }

    /** The tenant's function calls of {@code call}, oldest first, as the call's timeline reads them. */
    List<FunctionCallLog.Entry> functionCallsOf(TenantContext tenant, CallId call) {
        return jdbi != null
                ? jdbi.callHistory().functionCalls(tenant, call)
                : memory.functionCallLog().of(tenant, call);
    }

    /** The tenant's outbound requests made for {@code call}, by end, as the call's timeline reads them. */
    List<ApiCallLog.Entry> outboundRequestsOf(TenantContext tenant, CallId call) {
        return jdbi != null
                ? jdbi.callHistory().outboundRequests(tenant, call)
                : memory.apiCallLog().of(tenant, call);
    }

    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    void close() {
        if (jdbi != null) {
            jdbi.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    /** Runs {@code check} when the ports are the Jdbi adapters on a database (it needs the rows). */
    void onDatabase(DatabaseCheck check) {
        if (jdbi != null) {
            check.run(jdbi);
        }
    }

    /** A check on the stored rows. */
    @FunctionalInterface
    interface DatabaseCheck {
        void run(JdbiPersistence jdbi);
    }

    /** Counts rows with plain JDBC, independent of the adapter under test. */
    static long count(JdbiPersistence jdbi, String sql, Object... parameters) {
        try (Connection connection = jdbi.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Jdbi adapters as the set of booking ports. */
    static Ports of(JdbiPersistence jdbi) {
        return new Ports() {
            @Override
            public Companies companies() {
                return jdbi.companies();
            }

            @Override
            public Branches branches() {
                return jdbi.branches();
            }

            @Override
            public Services services() {
                return jdbi.services();
            }

            @Override
            public StaffMembers staffMembers() {
                return jdbi.staffMembers();
            }

            @Override
            public PhoneNumbers phoneNumbers() {
                return jdbi.phoneNumbers();
            }

            @Override
            public TenantDirectory tenantDirectory() {
                return jdbi.tenantDirectory();
            }

            @Override
            public Customers customers() {
                return jdbi.customers();
            }

            @Override
            public Appointments appointments() {
                return jdbi.appointments();
            }

            @Override
            public Calls calls() {
                return jdbi.calls();
            }

            @Override
            public TimeSlotLocks timeSlotLocks() {
                return jdbi.timeSlotLocks();
            }

            @Override
            public AuditLog auditLog() {
                return jdbi.auditLog();
            }

            @Override
            public ApiCallLog apiCallLog() {
                return jdbi.apiCallLog();
            }

            @Override
            public FunctionCallLog functionCallLog() {
                return jdbi.functionCallLog();
            }

            @Override
            public RequestKeys requestKeys() {
                return jdbi.requestKeys();
            }

            @Override
            public AppointmentActions appointmentActions() {
                return jdbi.appointmentActions();
            }

            @Override
            public PersonalData personalData() {
                return jdbi.personalData();
            }

            @Override
            public ApiKeys apiKeys() {
                return jdbi.apiKeys();
            }

            @Override
            public DashboardUsers dashboardUsers() {
                return jdbi.dashboardUsers();
            }

            @Override
            public NotificationOutbox notificationOutbox() {
                return jdbi.notificationOutbox();
            }

            @Override
            public NotificationPreferences notificationPreferences() {
                return jdbi.notificationPreferences();
            }

            @Override
            public WebhookInbox webhookInbox() {
                return jdbi.webhookInbox();
            }

            @Override
            public WebhookQueue webhookQueue() {
                return jdbi.webhookQueue();
            }

            @Override
            public DashboardSessions dashboardSessions() {
                return jdbi.dashboardSessions();
            }
        };
    }
}
