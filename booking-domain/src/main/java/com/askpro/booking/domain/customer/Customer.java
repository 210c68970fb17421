package com.askpro.booking.domain.customer;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A caller of one company, recognised by phone number on later calls. Tenant-scoped: the same
 * person calling two companies is two customers.
 */
public record Customer(
        CustomerId id, CompanyId companyId, PhoneNumber phone, String name, String email, Instant createdAt) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static final int MAX_NAME = 200;
    /** RFC 5321's limit for a forward path. */
    public static final int MAX_EMAIL = 254;

    public Customer {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("phone", phone);
        name = Require.optionalLine("name", name, MAX_NAME);
        email = Require.optionalLine("email", email, MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("email", "is not an e-mail address");
        }
        Require.notNull("created_at", createdAt);
    }

    public static Customer register(
            CustomerId id, CompanyId companyId, PhoneNumber phone, String name, String email, Instant now) {
        return new Customer(id, companyId, phone, name, email, now);
    }

    public Optional<String> knownName() {
        return Optional.ofNullable(name);
    }

    /**
     * Takes over what a caller said about themselves: a newly given name or e-mail replaces the
     * stored one; nothing given keeps it.
     */
    public Transition<Customer> introduce(String newName, String newEmail) {
        String mergedName = newName == null || newName.isBlank() ? name : newName;
        String mergedEmail = newEmail == null || newEmail.isBlank() ? email : newEmail;
        Customer updated = new Customer(id, companyId, phone, mergedName, mergedEmail, createdAt);
        return updated.equals(this) ? Transition.ignored(this, "nothing new") : Transition.applied(updated);
    }
}
