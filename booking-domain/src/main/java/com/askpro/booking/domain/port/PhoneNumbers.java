package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;

/** Outbound port: the numbers callers dial, unique across all tenants. */
public interface PhoneNumbers {

    /** {@code Written}, or {@code AlreadyExists} when any tenant already owns the number. */
    WriteOutcome<BranchPhoneNumber> add(TenantContext tenant, BranchPhoneNumber number);

    Optional<BranchPhoneNumber> find(TenantContext tenant, PhoneNumberId id);

    List<BranchPhoneNumber> list(TenantContext tenant);

    /**
     * Removes the tenant's number: {@code Written} with the removed number, or {@code NotFound} when the
     * tenant has no such number (also when it was removed before).
     */
    WriteOutcome<BranchPhoneNumber> remove(TenantContext tenant, PhoneNumberId id);
}
