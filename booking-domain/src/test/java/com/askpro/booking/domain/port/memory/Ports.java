package com.askpro.booking.domain.port.memory;

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

/**
 * The persistence ports the use cases work on (booking, access, notifications), as one set: implemented in memory by
 * {@link InMemoryPorts} and, in adapter-persistence-jdbi's tests, by the Jdbi adapters, so that one
 * contract test runs against H2, PostgreSQL and memory.
 */
public interface Ports {

    Companies companies();

    Branches branches();

    Services services();

    StaffMembers staffMembers();

    PhoneNumbers phoneNumbers();

    TenantDirectory tenantDirectory();

    Customers customers();

    Appointments appointments();

    Calls calls();

    TimeSlotLocks timeSlotLocks();

    AuditLog auditLog();

    ApiCallLog apiCallLog();

    FunctionCallLog functionCallLog();

    RequestKeys requestKeys();

    AppointmentActions appointmentActions();

    PersonalData personalData();

    ApiKeys apiKeys();

    DashboardUsers dashboardUsers();

    NotificationOutbox notificationOutbox();

    NotificationPreferences notificationPreferences();

    WebhookInbox webhookInbox();

    /** The webhook inbox read as a work queue: the same events as {@link #webhookInbox}. */
    WebhookQueue webhookQueue();

    DashboardSessions dashboardSessions();
}
