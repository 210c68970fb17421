package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: a tenant's customers in table {@code customers}, unique per (company, phone); newest first. */
final class JdbiCustomers implements Customers {

    private static final RowMapper<Customer> MAPPER = (rs, ctx) -> new Customer(
            new CustomerId(Db.uuid(rs, "id")),
            new CompanyId(Db.uuid(rs, "company_id")),
            new PhoneNumber(rs.getString("phone")),
            rs.getString("name"),
            rs.getString("email"),
            Db.instant(rs, "created_at"));

    private static final String SELECT = "SELECT id, company_id, phone, name, email, created_at FROM customers WHERE company_id = :company\n";

    private final Jdbi jdbi;

    JdbiCustomers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Customer addOrGet(TenantContext tenant, Customer customer) {
        Db.requireOwned(tenant, customer.companyId());
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO customers (id, company_id, phone, name, email, created_at)
                    VALUES (:id, :company, :phone, :name, :email, :createdAt)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("id", Db.uuid(customer.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("phone", customer.phone().e164())
                    .bind("name", customer.name())
                    .bind("email", customer.email())
                    .bind("createdAt", Db.ts(customer.createdAt()))
                    .execute());
        } catch (JdbiException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
        }
        return findByPhone(tenant, customer.phone())
                .orElseThrow(() -> new IllegalStateException("customer " + customer.id() + " was neither stored nor found"));
    }

    @Override
    public Optional<Customer> update(TenantContext tenant, Customer customer) {
        Db.requireOwned(tenant, customer.companyId());
        int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                UPDATE customers SET phone = :phone, name = :name, email = :email
                WHERE id = :id AND company_id = :company
                """)
                .bind("id", Db.uuid(customer.id().value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("phone", customer.phone().e164())
                .bind("name", customer.name())
                .bind("email", customer.email())
                .execute());
        return rows == 0 ? Optional.empty() : find(tenant, customer.id());
    }

    @Override
    public Optional<Customer> find(TenantContext tenant, CustomerId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "AND id = :id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(id.value()))
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<Customer> findByPhone(TenantContext tenant, PhoneNumber phone) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "AND phone = :phone")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("phone", phone.e164())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Page<Customer> list(TenantContext tenant, PageRequest page) {
        SqlFilter where = new SqlFilter().after(Cursor.parse(page.cursor()), "created_at", true);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(SELECT + where.where() + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("limit", page.limit() + 1);
            where.values().forEach((name, value) -> Db.bindValue(query, name, value));
            return Cursor.page(query.map(MAPPER).list(), page.limit(), c -> Cursor.after(c.createdAt(), c.id().value()));
        });
    }
}
