package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.memory.Ports;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Test support: a complete tenant (company, branch, services, two staff, a customer) stored for one test. */
record Fixtures(
        TenantContext tenant,
        Company company,
        Branch branch,
        Service service,
        Service buffered,
        Staff alice,
        Staff bob,
        Customer customer,
        Customers customers) {

    static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Fixtures create(JdbiPersistence persistence) {
        return create(PortsTest.of(persistence));
    }

    static Fixtures create(Ports persistence) {
        CompanyId companyId = CompanyId.newId();
        Company company = persistence
                .companies()
                .add(Company.create(
                        companyId, "Salon " + companyId.value().toString().substring(0, 8), "DE", BERLIN, Language.DE));
        TenantContext tenant = company.tenant();
        WorkingHours hours =
                WorkingHours.of(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), OpeningInterval.of("09:00", "18:00"));
        Branch branch =
                persistence.branches().add(tenant, Branch.open(BranchId.newId(), companyId, "Mitte", BERLIN, hours));
        Service service = persistence
                .services()
                .add(
                        tenant,
                        Service.offer(
                                ServiceId.newId(),
                                companyId,
                                null,
                                "Haarschnitt",
                                Duration.ofMinutes(30),
                                Duration.ZERO,
                                List.of("schneiden")));
        Service buffered = persistence
                .services()
                .add(
                        tenant,
                        Service.offer(
                                ServiceId.newId(),
                                companyId,
                                branch.id(),
                                "Färben",
                                Duration.ofMinutes(30),
                                Duration.ofMinutes(15),
                                List.of()));
        Staff alice = persistence
                .staffMembers()
                .add(
                        tenant,
                        Staff.hire(
                                StaffId.newId(), companyId, branch.id(), "Alice", Set.of(service.id(), buffered.id())));
        Staff bob = persistence
                .staffMembers()
                .add(tenant, Staff.hire(StaffId.newId(), companyId, branch.id(), "Bob", Set.of(service.id())));
        Customer customer = persistence
                .customers()
                .addOrGet(tenant, Customer.register(CustomerId.newId(), companyId, randomPhone(), "Erika", null, NOW));
        return new Fixtures(tenant, company, branch, service, buffered, alice, bob, customer, persistence.customers());
    }

    static PhoneNumber randomPhone() {
        return new PhoneNumber(
                "+4930" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
    }

    static Instant at(String isoUtc) {
        return Instant.parse(isoUtc);
    }

    /**
     * A new appointment of {@code service} with {@code staff} (null: on the branch) over [start, start + minutes),
     * for a customer of its own (a customer cannot hold two overlapping appointments; see {@link #appointmentOf}).
     */
    Appointment appointment(Service with, Staff staff, Instant start, int minutes) {
        Customer someone = customers.addOrGet(
                tenant, Customer.register(CustomerId.newId(), company.id(), randomPhone(), null, null, NOW));
        return appointmentOf(someone, with, staff, start, minutes);
    }

    /** As {@link #appointment(Service, Staff, Instant, int)}, for {@code who}. */
    Appointment appointmentOf(Customer who, Service with, Staff staff, Instant start, int minutes) {
        return Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        company.id(),
                        branch.id(),
                        with.id(),
                        staff == null ? null : staff.id(),
                        who.id(),
                        TimeSlot.of(start, Duration.ofMinutes(minutes)),
                        with.buffer(),
                        BERLIN,
                        null,
                        null),
                false,
                NOW);
    }

    Appointment appointment(Staff staff, Instant start, int minutes) {
        return appointment(service, staff, start, minutes);
    }

    Call call(String retellId) {
        return Call.register(
                CallId.newId(),
                company.id(),
                branch.id(),
                retellId,
                CallDirection.INBOUND,
                customer.phone(),
                randomPhone(),
                NOW);
    }
}
