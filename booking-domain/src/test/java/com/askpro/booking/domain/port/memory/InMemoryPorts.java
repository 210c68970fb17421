package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationSettings;
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
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.TimeSlotLock;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory adapters of the booking persistence ports, sharing one store. They keep the promises
 * of the ports (the contract tests in adapter-persistence-jdbi run against them too): tenant
 * scoping, unique numbers and call ids, optimistic versions, one customer per number, no two
 * appointments holding time overlapping on one resource, no customer at two appointments at once,
 * unique API key prefixes, one dashboard user per company and address, one outbox message per
 * change and channel, claimed once per attempt, a webhook event key once per source and its events
 * leased to one queue worker at a time, one winner among concurrent claims of a request key; the
 * logs and trails are append only, and a person's data is exported and erased across the store.
 * Every operation holds one lock, so concurrent callers see the same serial order a database would
 * give them. For tests and demos; nothing survives the JVM.
 */
public final class InMemoryPorts implements Ports {

    final Object lock = new Object();
    final Map<CompanyId, Company> companies = new LinkedHashMap<>();
    final Map<BranchId, Branch> branches = new LinkedHashMap<>();
    final Map<ServiceId, Service> services = new LinkedHashMap<>();
    final Map<StaffId, Staff> staff = new LinkedHashMap<>();
    final Map<PhoneNumberId, BranchPhoneNumber> numbers = new LinkedHashMap<>();
    final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    final Map<AppointmentId, Appointment> appointments = new LinkedHashMap<>();
    final Map<CallId, Call> calls = new LinkedHashMap<>();
    final Map<String, TimeSlotLock> locks = new HashMap<>();
    final List<AuditLog.Recorded> audit = new ArrayList<>();
    final List<ApiCallLog.Entry> apiCalls = new ArrayList<>();
    final List<FunctionCallLog.Entry> functionCalls = new ArrayList<>();
    final Map<InMemoryRequestKeys.Key, InMemoryRequestKeys.Stored> requestKeys = new HashMap<>();
    final List<Owned<AppointmentActions.Entry>> appointmentActions = new ArrayList<>();

    /** A value stored for the company that wrote it. */
    record Owned<T>(CompanyId company, T value) {}

    final Map<ApiKeyId, ApiKey> apiKeys = new LinkedHashMap<>();
    final Map<UserId, DashboardUser> users = new LinkedHashMap<>();
    final Map<NotificationId, Notification> notifications = new LinkedHashMap<>();
    final Map<CompanyId, NotificationSettings> notificationSettings = new HashMap<>();
    final Map<CustomerId, Boolean> wantsNotifications = new HashMap<>();
    final Map<WebhookEventId, InMemoryWebhooks.Stored> webhooks = new LinkedHashMap<>();
    final Map<String, DashboardSession> sessions = new LinkedHashMap<>();
    /** The received number of the last stored webhook event (the queue's order). */
    long webhooksReceived;

    private final InMemoryCompanies companiesPort = new InMemoryCompanies(this);
    private final InMemoryTenantCatalog catalogPort = new InMemoryTenantCatalog(this);
    private final InMemoryCustomers customersPort = new InMemoryCustomers(this);
    private final InMemoryAppointments appointmentsPort = new InMemoryAppointments(this);
    private final InMemoryCalls callsPort = new InMemoryCalls(this);
    private final InMemoryTimeSlotLocks locksPort = new InMemoryTimeSlotLocks(this);
    private final InMemoryAuditLog auditPort = new InMemoryAuditLog(this);
    private final InMemoryApiCallLog apiCallsPort = new InMemoryApiCallLog(this);
    private final InMemoryFunctionCallLog functionCallsPort = new InMemoryFunctionCallLog(this);
    private final InMemoryRequestKeys requestKeysPort = new InMemoryRequestKeys(this);
    private final InMemoryAppointmentActions actionsPort = new InMemoryAppointmentActions(this);
    private final InMemoryPersonalData personalDataPort = new InMemoryPersonalData(this);
    private final InMemoryApiKeys apiKeysPort = new InMemoryApiKeys(this);
    private final InMemoryDashboardUsers usersPort = new InMemoryDashboardUsers(this);
    private final InMemoryNotificationOutbox outboxPort = new InMemoryNotificationOutbox(this);
    private final InMemoryNotificationPreferences preferencesPort = new InMemoryNotificationPreferences(this);
    private final InMemoryWebhooks webhooksPort = new InMemoryWebhooks(this);
    private final InMemoryDashboardSessions sessionsPort = new InMemoryDashboardSessions(this);

    @Override
    public Companies companies() {
        return companiesPort;
    }

    @Override
    public Branches branches() {
        return catalogPort.branches();
    }

    @Override
    public Services services() {
        return catalogPort.services();
    }

    @Override
    public StaffMembers staffMembers() {
        return catalogPort.staffMembers();
    }

    @Override
    public PhoneNumbers phoneNumbers() {
        return catalogPort.phoneNumbers();
    }

    @Override
    public TenantDirectory tenantDirectory() {
        return catalogPort.directory();
    }

    @Override
    public Customers customers() {
        return customersPort;
    }

    @Override
    public Appointments appointments() {
        return appointmentsPort;
    }

    @Override
    public Calls calls() {
        return callsPort;
    }

    @Override
    public TimeSlotLocks timeSlotLocks() {
        return locksPort;
    }

    @Override
    public AuditLog auditLog() {
        return auditPort;
    }

    @Override
    public InMemoryApiCallLog apiCallLog() {
        return apiCallsPort;
    }

    @Override
    public InMemoryFunctionCallLog functionCallLog() {
        return functionCallsPort;
    }

    @Override
    public RequestKeys requestKeys() {
        return requestKeysPort;
    }

    @Override
    public AppointmentActions appointmentActions() {
        return actionsPort;
    }

    @Override
    public PersonalData personalData() {
        return personalDataPort;
    }

    @Override
    public ApiKeys apiKeys() {
        return apiKeysPort;
    }

    @Override
    public DashboardUsers dashboardUsers() {
        return usersPort;
    }

    @Override
    public NotificationOutbox notificationOutbox() {
        return outboxPort;
    }

    @Override
    public NotificationPreferences notificationPreferences() {
        return preferencesPort;
    }

    @Override
    public WebhookInbox webhookInbox() {
        return webhooksPort;
    }

    @Override
    public WebhookQueue webhookQueue() {
        return webhooksPort;
    }

    @Override
    public DashboardSessions dashboardSessions() {
        return sessionsPort;
    }
}
