package com.askpro.booking.application.admin;

import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import java.time.Clock;

/**
 * Use case: the platform operator manages companies (tenants). Creating one also issues its first
 * tenant-admin key. Only the platform key may call any of it.
 */
public final class CompanyAdministration {

    /** What the operator may set; null fields keep the current value on update. */
    public record CompanyInput(
            String name,
            String country,
            String timeZone,
            String language,
            String calcomApiKey,
            Boolean active,
            Integer retentionDays) {}

    /** A new company and its first admin key (shown once). */
    public record CreatedCompany(Company company, ManageApiKeys.IssuedKey apiKey) {}

    private final Companies companies;
    private final ManageApiKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    public CompanyAdministration(Companies companies, ManageApiKeys keys, AuditLog audit, Clock clock) {
        this.companies = companies;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public CreatedCompany create(Principal caller, CompanyInput input) {
        caller.requirePlatform();
        Company company = new Company(
                CompanyId.newId(),
                input.name(),
                Values.required("country", input.country()),
                Values.zone("time_zone", input.timeZone()),
                Language.parse(input.language()),
                com.askpro.booking.domain.tenant.BookingPolicy.DEFAULT,
                input.calcomApiKey(),
                input.active() == null || input.active(),
                input.retentionDays() == null ? Company.DEFAULT_RETENTION_DAYS : input.retentionDays());
        companies.add(company);
        ManageApiKeys.IssuedKey key =
                keys.store(company.tenant(), ApiKeyRole.TENANT_ADMIN, "first admin key", ApiKeySecrets.generate());
        audit.record(new AuditLog.Entry(
                company.id(), caller.actor(), "company.create", "company:" + company.id(), null, clock.instant()));
        return new CreatedCompany(company, key);
    }

    public Page<Company> list(Principal caller, PageRequest page) {
        caller.requirePlatform();
        return companies.list(page);
    }

    public Company get(Principal caller, CompanyId id) {
        caller.requirePlatform();
        return companies.find(id).orElseThrow(() -> AdminException.notFound("company"));
    }

    public Company update(Principal caller, CompanyId id, CompanyInput input) {
        Company current = get(caller, id);
        Company changed = new Company(
                id,
                input.name() == null ? current.name() : input.name(),
                input.country() == null ? current.country() : input.country(),
                input.timeZone() == null ? current.timeZone() : Values.zone("time_zone", input.timeZone()),
                input.language() == null ? current.language() : Language.parse(input.language()),
                current.bookingPolicy(),
                input.calcomApiKey() == null ? current.calcomApiKey() : input.calcomApiKey(),
                input.active() == null ? current.active() : input.active(),
                input.retentionDays() == null ? current.retentionDays() : input.retentionDays());
        Company stored = companies.update(changed).written().orElseThrow(() -> AdminException.notFound("company"));
        audit.record(new AuditLog.Entry(
                id,
                caller.actor(),
                "company.update",
                "company:" + id,
                changedFields(current, stored),
                clock.instant()));
        return stored;
    }

    /** The names of the settings that changed (never their values: a Cal.com key is a secret). */
    private static String changedFields(Company before, Company after) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!before.country().equals(after.country())) {
            changed.add("country");
        }
        if (!before.timeZone().equals(after.timeZone())) {
            changed.add("time_zone");
        }
        if (before.language() != after.language()) {
            changed.add("language");
        }
        if (!java.util.Objects.equals(before.calcomApiKey(), after.calcomApiKey())) {
            changed.add("calcom_api_key");
        }
        if (before.active() != after.active()) {
            changed.add("active");
        }
        if (before.retentionDays() != after.retentionDays()) {
            changed.add("retention_days");
        }
        return changed.isEmpty() ? null : "changed: " + String.join(", ", changed);
    }

    public Company deactivate(Principal caller, CompanyId id) {
        Company current = get(caller, id);
        Company stored =
                companies.update(current.deactivated()).written().orElseThrow(() -> AdminException.notFound("company"));
        audit.record(
                new AuditLog.Entry(id, caller.actor(), "company.deactivate", "company:" + id, null, clock.instant()));
        return stored;
    }
}
