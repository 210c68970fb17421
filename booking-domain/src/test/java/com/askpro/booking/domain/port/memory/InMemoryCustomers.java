package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In memory: one customer per tenant and phone number; listed newest first. */
final class InMemoryCustomers implements Customers {

    private final InMemoryPorts store;

    InMemoryCustomers(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public Customer addOrGet(TenantContext tenant, Customer customer) {
        Tenancy.requireOwned(tenant, customer.companyId());
        synchronized (store.lock) {
            Optional<Customer> existing = findByPhone(tenant, customer.phone());
            if (existing.isPresent()) {
                return existing.get();
            }
            store.customers.put(customer.id(), customer);
            return customer;
        }
    }

    @Override
    public WriteOutcome<Customer> update(TenantContext tenant, Customer customer) {
        Tenancy.requireOwned(tenant, customer.companyId());
        synchronized (store.lock) {
            if (find(tenant, customer.id()).isEmpty()) {
                return new WriteOutcome.NotFound<>();
            }
            store.customers.put(customer.id(), customer);
            return new WriteOutcome.Written<>(customer);
        }
    }

    @Override
    public Optional<Customer> find(TenantContext tenant, CustomerId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.customers.get(id)).filter(c -> tenant.owns(c.companyId()));
        }
    }

    @Override
    public Optional<Customer> findByPhone(TenantContext tenant, PhoneNumber phone) {
        synchronized (store.lock) {
            return store.customers.values().stream()
                    .filter(c -> tenant.owns(c.companyId()) && c.phone().equals(phone))
                    .findFirst();
        }
    }

    @Override
    public Page<Customer> list(TenantContext tenant, PageRequest page) {
        synchronized (store.lock) {
            List<Customer> sorted = store.customers.values().stream()
                    .filter(c -> tenant.owns(c.companyId()))
                    .sorted(Comparator.comparing(Customer::createdAt)
                            .thenComparing(c -> c.id().value())
                            .reversed())
                    .toList();
            return Pages.of(sorted, c -> c.id().value(), page);
        }
    }
}
