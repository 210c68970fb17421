package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** In memory: a tenant's branches, services, staff and numbers, and the directory of dialled numbers. */
final class InMemoryTenantCatalog {

    private final InMemoryPorts store;

    InMemoryTenantCatalog(InMemoryPorts store) {
        this.store = store;
    }

    Branches branches() {
        return new Branches() {
            @Override
            public Branch add(TenantContext tenant, Branch branch) {
                Tenancy.requireOwned(tenant, branch.companyId());
                return put(store.branches, branch.id(), branch);
            }

            @Override
            public WriteOutcome<Branch> update(TenantContext tenant, Branch branch) {
                Tenancy.requireOwned(tenant, branch.companyId());
                return replace(store.branches, branch.id(), branch, tenant, Branch::companyId);
            }

            @Override
            public Optional<Branch> find(TenantContext tenant, BranchId id) {
                return get(store.branches, id, tenant, Branch::companyId);
            }

            @Override
            public List<Branch> list(TenantContext tenant) {
                return all(
                        store.branches,
                        tenant,
                        Branch::companyId,
                        b -> true,
                        Comparator.comparing(Branch::name).thenComparing(b -> b.id().value()));
            }
        };
    }

    Services services() {
        return new Services() {
            @Override
            public Service add(TenantContext tenant, Service service) {
                Tenancy.requireOwned(tenant, service.companyId());
                return put(store.services, service.id(), service);
            }

            @Override
            public WriteOutcome<Service> update(TenantContext tenant, Service service) {
                Tenancy.requireOwned(tenant, service.companyId());
                return replace(store.services, service.id(), service, tenant, Service::companyId);
            }

            @Override
            public Optional<Service> find(TenantContext tenant, ServiceId id) {
                return get(store.services, id, tenant, Service::companyId);
            }

            @Override
            public List<Service> offeredAt(TenantContext tenant, BranchId branch) {
                return all(
                        store.services,
                        tenant,
                        Service::companyId,
                        s -> s.active() && (s.branchId() == null || s.branchId().equals(branch)),
                        BY_SERVICE_NAME);
            }

            @Override
            public List<Service> list(TenantContext tenant) {
                return all(store.services, tenant, Service::companyId, s -> true, BY_SERVICE_NAME);
            }
        };
    }

    private static final Comparator<Service> BY_SERVICE_NAME =
            Comparator.comparing(Service::name).thenComparing(s -> s.id().value());
    private static final Comparator<Staff> BY_STAFF_NAME =
            Comparator.comparing(Staff::name).thenComparing(s -> s.id().value());

    StaffMembers staffMembers() {
        return new StaffMembers() {
            @Override
            public Staff add(TenantContext tenant, Staff member) {
                Tenancy.requireOwned(tenant, member.companyId());
                return put(store.staff, member.id(), member);
            }

            @Override
            public WriteOutcome<Staff> update(TenantContext tenant, Staff member) {
                Tenancy.requireOwned(tenant, member.companyId());
                return replace(store.staff, member.id(), member, tenant, Staff::companyId);
            }

            @Override
            public Optional<Staff> find(TenantContext tenant, StaffId id) {
                return get(store.staff, id, tenant, Staff::companyId);
            }

            @Override
            public List<Staff> atBranch(TenantContext tenant, BranchId branch) {
                return all(
                        store.staff,
                        tenant,
                        Staff::companyId,
                        s -> s.active() && branch.equals(s.branchId()),
                        BY_STAFF_NAME);
            }

            @Override
            public List<Staff> list(TenantContext tenant) {
                return all(store.staff, tenant, Staff::companyId, s -> true, BY_STAFF_NAME);
            }
        };
    }

    PhoneNumbers phoneNumbers() {
        return new PhoneNumbers() {
            @Override
            public WriteOutcome<BranchPhoneNumber> add(TenantContext tenant, BranchPhoneNumber number) {
                Tenancy.requireOwned(tenant, number.companyId());
                synchronized (store.lock) {
                    if (store.numbers.values().stream().anyMatch(n -> n.number().equals(number.number()))) {
                        return new WriteOutcome.AlreadyExists<>("number");
                    }
                    store.numbers.put(number.id(), number);
                    return new WriteOutcome.Written<>(number);
                }
            }

            @Override
            public Optional<BranchPhoneNumber> find(TenantContext tenant, PhoneNumberId id) {
                return get(store.numbers, id, tenant, BranchPhoneNumber::companyId);
            }

            @Override
            public List<BranchPhoneNumber> list(TenantContext tenant) {
                return all(
                        store.numbers,
                        tenant,
                        BranchPhoneNumber::companyId,
                        n -> true,
                        Comparator.comparing((BranchPhoneNumber n) -> n.number().e164()));
            }

            @Override
            public WriteOutcome<BranchPhoneNumber> remove(TenantContext tenant, PhoneNumberId id) {
                synchronized (store.lock) {
                    Optional<BranchPhoneNumber> held = get(store.numbers, id, tenant, BranchPhoneNumber::companyId);
                    if (held.isEmpty()) {
                        return new WriteOutcome.NotFound<>();
                    }
                    store.numbers.remove(id);
                    return new WriteOutcome.Written<>(held.get());
                }
            }
        };
    }

    TenantDirectory directory() {
        return (PhoneNumber dialled) -> {
            synchronized (store.lock) {
                for (BranchPhoneNumber number : store.numbers.values()) {
                    if (!number.number().equals(dialled)) {
                        continue;
                    }
                    Company company = store.companies.get(number.companyId());
                    Branch branch = store.branches.get(number.branchId());
                    if (company != null && company.active() && branch != null && branch.active()) {
                        return Optional.of(new TenantDirectory.Route(company, branch, number));
                    }
                }
                return Optional.empty();
            }
        };
    }

    // ---- the shared moves --------------------------------------------------------------------

    private <K, V> V put(Map<K, V> map, K id, V value) {
        synchronized (store.lock) {
            if (map.containsKey(id)) {
                throw new IllegalStateException(id + " exists");
            }
            map.put(id, value);
            return value;
        }
    }

    private <K, V> WriteOutcome<V> replace(
            Map<K, V> map,
            K id,
            V value,
            TenantContext tenant,
            Function<V, com.askpro.booking.domain.tenant.CompanyId> owner) {
        synchronized (store.lock) {
            if (get(map, id, tenant, owner).isEmpty()) {
                return new WriteOutcome.NotFound<>();
            }
            map.put(id, value);
            return new WriteOutcome.Written<>(value);
        }
    }

    private <K, V> Optional<V> get(
            Map<K, V> map, K id, TenantContext tenant, Function<V, com.askpro.booking.domain.tenant.CompanyId> owner) {
        synchronized (store.lock) {
            return Optional.ofNullable(map.get(id)).filter(v -> tenant.owns(owner.apply(v)));
        }
    }

    private <K, V> List<V> all(
            Map<K, V> map,
            TenantContext tenant,
            Function<V, com.askpro.booking.domain.tenant.CompanyId> owner,
            Predicate<V> filter,
            Comparator<V> order) {
        synchronized (store.lock) {
            return map.values().stream()
                    .filter(v -> tenant.owns(owner.apply(v)))
                    .filter(filter)
                    .sorted(order)
                    .toList();
        }
    }
}
