package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In memory: the tenants, listed by name (then id). */
final class InMemoryCompanies implements Companies {

    private final InMemoryPorts store;

    InMemoryCompanies(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public Company add(Company company) {
        synchronized (store.lock) {
            if (store.companies.containsKey(company.id())) {
                throw new IllegalStateException("company " + company.id() + " exists");
            }
            store.companies.put(company.id(), company);
            return company;
        }
    }

    @Override
    public WriteOutcome<Company> update(Company company) {
        synchronized (store.lock) {
            if (!store.companies.containsKey(company.id())) {
                return new WriteOutcome.NotFound<>();
            }
            store.companies.put(company.id(), company);
            return new WriteOutcome.Written<>(company);
        }
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.companies.get(id));
        }
    }

    @Override
    public Page<Company> list(PageRequest page) {
        synchronized (store.lock) {
            List<Company> sorted = store.companies.values().stream()
                    .sorted(Comparator.comparing(Company::name).thenComparing(c -> c.id().value()))
                    .toList();
            return Pages.of(sorted, c -> c.id().value(), page);
        }
    }
}
