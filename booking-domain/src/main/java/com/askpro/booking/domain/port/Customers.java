package com.askpro.booking.domain.port;

import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Outbound port: a tenant's customers, one per phone number. */
public interface Customers {

    /**
     * Stores a new customer, or answers the tenant's existing customer with that phone number
     * (two concurrent calls from one number end up with one customer).
     */
    Customer addOrGet(TenantContext tenant, Customer customer);

    /** Replaces the tenant's customer: {@code Written}, or {@code NotFound} when it has no such customer. */
    WriteOutcome<Customer> update(TenantContext tenant, Customer customer);

    Optional<Customer> find(TenantContext tenant, CustomerId id);

    Optional<Customer> findByPhone(TenantContext tenant, PhoneNumber phone);

    /**
     * The tenant's customers with these phone numbers, keyed by number; numbers without a customer are
     * absent. Adapters answer it with one read; this default asks one number at a time.
     */
    default Map<PhoneNumber, Customer> findByPhones(TenantContext tenant, Collection<PhoneNumber> phones) {
        Map<PhoneNumber, Customer> found = new LinkedHashMap<>();
        for (PhoneNumber phone : phones) {
            findByPhone(tenant, phone).ifPresent(customer -> found.put(phone, customer));
        }
        return found;
    }

    Page<Customer> list(TenantContext tenant, PageRequest page);
}
