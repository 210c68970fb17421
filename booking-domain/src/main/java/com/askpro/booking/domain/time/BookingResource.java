package com.askpro.booking.domain.time;

import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.StaffId;
import java.util.UUID;

/**
 * What an appointment occupies and what must never be double-booked: a staff member, or the whole
 * branch when the service is booked without staff — and the customer, who cannot be at two
 * appointments at once. Its {@link #key()} is stable and is what locks and database constraints
 * are keyed on.
 */
public record BookingResource(Kind kind, UUID id) {

    /** The kinds of bookable resource. */
    public enum Kind {
        STAFF,
        BRANCH,
        CUSTOMER
    }

    public BookingResource {
        Require.notNull("resource_kind", kind);
        Require.notNull("resource_id", id);
    }

    public static BookingResource staff(StaffId staffId) {
        return new BookingResource(Kind.STAFF, staffId.value());
    }

    public static BookingResource branch(BranchId branchId) {
        return new BookingResource(Kind.BRANCH, branchId.value());
    }

    /** The customer: their own appointments must not overlap. */
    public static BookingResource customer(CustomerId customerId) {
        return new BookingResource(Kind.CUSTOMER, customerId.value());
    }

    /** {@code staff:<uuid>}, {@code branch:<uuid>} or {@code customer:<uuid>}. */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    public static BookingResource parseKey(String key) {
        Require.text("resource", key, 64);
        int colon = key.indexOf(':');
        try {
            Kind kind = Kind.valueOf(key.substring(0, Math.max(colon, 0)).toUpperCase(java.util.Locale.ROOT));
            return new BookingResource(kind, UUID.fromString(key.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "resource", "must look like staff:<uuid>, branch:<uuid> or customer:<uuid>");
        }
    }

    @Override
    public String toString() {
        return key();
    }
}
