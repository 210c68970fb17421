package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.application.port.ForwardingAppointments;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;

/**
 * Decorators of the ports whose writes change what the caches hold (routing, companies, branches
 * with their hours, appointments): every write through them that happened publishes one
 * {@link ChangeNotifications} change. Reads go straight through.
 */
public final class ChangePublishing {

    private ChangePublishing() {}

    public static Companies companies(Companies delegate, ChangeNotifications changes) {
        return new PublishingCompanies(delegate, changes);
    }

    public static Branches branches(Branches delegate, ChangeNotifications changes) {
        return new PublishingBranches(delegate, changes);
    }

    public static PhoneNumbers phoneNumbers(PhoneNumbers delegate, ChangeNotifications changes) {
        return new PublishingPhoneNumbers(delegate, changes);
    }

    public static Appointments appointments(Appointments delegate, ChangeNotifications changes) {
        return new PublishingAppointments(delegate, changes);
    }

    private record PublishingCompanies(Companies delegate, ChangeNotifications changes) implements Companies {
        @Override
        public Company add(Company company) {
            Company added = delegate.add(company);
            changes.publish(added.id(), Topic.COMPANY);
            return added;
        }

        @Override
        public WriteOutcome<Company> update(Company company) {
            WriteOutcome<Company> updated = delegate.update(company);
            if (updated.isWritten()) {
                changes.publish(company.id(), Topic.COMPANY);
            }
            return updated;
        }

        @Override
        public Optional<Company> find(CompanyId id) {
            return delegate.find(id);
        }

        @Override
        public Page<Company> list(PageRequest page) {
            return delegate.list(page);
        }
    }

    private record PublishingBranches(Branches delegate, ChangeNotifications changes) implements Branches {
        @Override
        public Branch add(TenantContext tenant, Branch branch) {
            Branch added = delegate.add(tenant, branch);
            changes.publish(tenant.companyId(), Topic.BRANCH);
            return added;
        }

        @Override
        public WriteOutcome<Branch> update(TenantContext tenant, Branch branch) {
            WriteOutcome<Branch> updated = delegate.update(tenant, branch);
            if (updated.isWritten()) {
                changes.publish(tenant.companyId(), Topic.BRANCH);
            }
            return updated;
        }

        @Override
        public Optional<Branch> find(TenantContext tenant, BranchId id) {
            return delegate.find(tenant, id);
        }

        @Override
        public List<Branch> list(TenantContext tenant) {
            return delegate.list(tenant);
        }
    }

    private record PublishingPhoneNumbers(PhoneNumbers delegate, ChangeNotifications changes) implements PhoneNumbers {
        @Override
        public WriteOutcome<BranchPhoneNumber> add(TenantContext tenant, BranchPhoneNumber number) {
            WriteOutcome<BranchPhoneNumber> outcome = delegate.add(tenant, number);
            if (outcome.isWritten()) {
                changes.publish(tenant.companyId(), Topic.ROUTING);
            }
            return outcome;
        }

        @Override
        public Optional<BranchPhoneNumber> find(TenantContext tenant, PhoneNumberId id) {
            return delegate.find(tenant, id);
        }

        @Override
        public List<BranchPhoneNumber> list(TenantContext tenant) {
            return delegate.list(tenant);
        }

        @Override
        public WriteOutcome<BranchPhoneNumber> remove(TenantContext tenant, PhoneNumberId id) {
            WriteOutcome<BranchPhoneNumber> removed = delegate.remove(tenant, id);
            if (removed.isWritten()) {
                changes.publish(tenant.companyId(), Topic.ROUTING);
            }
            return removed;
        }
    }

    private static final class PublishingAppointments extends ForwardingAppointments {

        private final ChangeNotifications changes;

        PublishingAppointments(Appointments delegate, ChangeNotifications changes) {
            super(delegate);
            this.changes = changes;
        }

        @Override
        public WriteOutcome<Appointment> add(
                TenantContext tenant,
                Appointment appointment,
                List<com.askpro.booking.domain.notification.Notification> notices) {
            return published(tenant, super.add(tenant, appointment, notices));
        }

        @Override
        public WriteOutcome<Appointment> replace(
                TenantContext tenant,
                Appointment previous,
                Appointment replacement,
                List<com.askpro.booking.domain.notification.Notification> notices) {
            return published(tenant, super.replace(tenant, previous, replacement, notices));
        }

        @Override
        public WriteOutcome<Appointment> update(
                TenantContext tenant,
                Appointment appointment,
                List<com.askpro.booking.domain.notification.Notification> notices) {
            return published(tenant, super.update(tenant, appointment, notices));
        }

        private WriteOutcome<Appointment> published(TenantContext tenant, WriteOutcome<Appointment> outcome) {
            if (outcome.isWritten()) {
                changes.publish(tenant.companyId(), Topic.AVAILABILITY);
            }
            return outcome;
        }
    }
}
