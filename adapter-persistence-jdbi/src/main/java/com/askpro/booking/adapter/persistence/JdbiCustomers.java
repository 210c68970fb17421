package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: a tenant's customers in table {@code customers}, unique per (company, phone hash); name, e-mail and phone encrypted; newest first. */
final class JdbiCustomers implements Customers {

    static final String PHONE = "customers.phone";
    static final String NAME = "customers.name";
    static final String EMAIL = "customers.email";

    private final RowMapper<Customer> mapper;

    private static final String SELECT =
            "SELECT id, company_id, phone, name, email, created_at FROM customers WHERE company_id = :company\n";

    private final Jdbi jdbi;
    private final FieldCipher cipher;

    JdbiCustomers(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.mapper = (rs, ctx) -> new Customer(
                new CustomerId(Db.uuid(rs, "id")),
                new CompanyId(Db.uuid(rs, "company_id")),
                new PhoneNumber(cipher.open(rs.getString("phone"), PHONE)),
                cipher.open(rs.getString("name"), NAME),
                cipher.open(rs.getString("email"), EMAIL),
                Db.instant(rs, "created_at"));
    }

    @Override
    public Customer addOrGet(TenantContext tenant, Customer customer) {
        Db.requireOwned(tenant, customer.companyId());
        Optional<Customer> existing = findByPhone(tenant, customer.phone());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO customers (id, company_id, phone, phone_hash, name, email, created_at)
                    VALUES (:id, :company, :phone, :phoneHash, :name, :email, :createdAt)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("id", Db.uuid(customer.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("phone", cipher.seal(customer.phone().e164(), PHONE))
                    .bind("phoneHash", cipher.phoneHash(customer.phone().e164()))
                    .bind("name", cipher.seal(customer.name(), NAME))
                    .bind("email", cipher.seal(customer.email(), EMAIL))
                    .bind("createdAt", Db.ts(customer.createdAt()))
                    .execute());
        } catch (JdbiException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
        }
        return findByPhone(tenant, customer.phone())
                .orElseThrow(
                        () -> new IllegalStateException("customer " + customer.id() + " was neither stored nor found"));
    }

    @Override
    public WriteOutcome<Customer> update(TenantContext tenant, Customer customer) {
        Db.requireOwned(tenant, customer.companyId());
        int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                UPDATE customers SET phone = :phone, phone_hash = :phoneHash, name = :name, email = :email
                WHERE id = :id AND company_id = :company
                """)
                .bind("id", Db.uuid(customer.id().value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("phone", cipher.seal(customer.phone().e164(), PHONE))
                .bind("phoneHash", cipher.phoneHash(customer.phone().e164()))
                .bind("name", cipher.seal(customer.name(), NAME))
                .bind("email", cipher.seal(customer.email(), EMAIL))
                .execute());
        if (rows == 0) {
            return new WriteOutcome.NotFound<>();
        }
        return find(tenant, customer.id())
                .<WriteOutcome<Customer>>map(WriteOutcome.Written::new)
                .orElseGet(WriteOutcome.NotFound::new);
    }

    @Override
    public Optional<Customer> find(TenantContext tenant, CustomerId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "AND id = :id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(id.value()))
                .map(mapper)
                .findOne());
    }

    @Override
    public Optional<Customer> findByPhone(TenantContext tenant, PhoneNumber phone) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        // rows from before encryption carry no hash until the online migration reached them
                        + "AND (phone_hash = :hash OR (phone_hash IS NULL AND phone = :plain))")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("hash", cipher.phoneHash(phone.e164()))
                .bind("plain", phone.e164())
                .map(mapper)
                .findOne());
    }

    /** One read for all {@code phones} (by their keyed hashes; rows from before encryption by the number). */
    @Override
    public Map<PhoneNumber, Customer> findByPhones(TenantContext tenant, Collection<PhoneNumber> phones) {
        Map<PhoneNumber, Customer> found = new LinkedHashMap<>();
        List<String> numbers = phones.stream().map(PhoneNumber::e164).distinct().toList();
        if (numbers.isEmpty()) {
            return found;
        }
        jdbi.useHandle(handle -> handle.createQuery(
                        SELECT + "AND (phone_hash IN (<hashes>) OR (phone_hash IS NULL AND phone IN (<plains>)))")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bindList("hashes", numbers.stream().map(cipher::phoneHash).toList())
                .bindList("plains", numbers)
                .map(mapper)
                .forEach(customer -> found.put(customer.phone(), customer)));
        return found;
    }

    @Override
    public Page<Customer> list(TenantContext tenant, PageRequest page) {
        SqlFilter where = new SqlFilter().after(Cursor.parse(page.cursor()), "created_at", true);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(SELECT + where.where() + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("limit", page.limit() + 1);
            where.values().forEach((name, value) -> Db.bindValue(query, name, value));
            return Cursor.page(
                    query.map(mapper).list(), page.limit(), c -> Cursor.after(c.createdAt(), c.id().value()));
        });
    }
}
