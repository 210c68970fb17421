package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.Optional;

/** Outbound port: the tenants themselves. Platform-level: only operators list all companies. */
public interface Companies {

    Company add(Company company);

    /** Replaces the stored company: {@code Written}, or {@code NotFound} when there is none. */
    WriteOutcome<Company> update(Company company);

    Optional<Company> find(CompanyId id);

    Page<Company> list(PageRequest page);
}
