package com.askpro.booking.application.booking;

import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import java.util.List;

/**
 * What a caller asked for, resolved: the service, the staff to consider (the whole branch, or the
 * one asked for; the calendar keeps only those who perform the service) and everyone, for names.
 */
public record Target(Service service, List<Staff> staff, List<Staff> everyone) implements Resolution {

    public Target {
        staff = List.copyOf(staff);
        everyone = List.copyOf(everyone);
    }

    /** True when the caller named a staff member: only they are considered. */
    public boolean named() {
        return !staff.equals(everyone);
    }

    /** The name of staff member {@code id}; null for none. */
    public String staffName(StaffId id) {
        return id == null
                ? null
                : everyone.stream()
                        .filter(s -> s.id().equals(id))
                        .map(Staff::name)
                        .findFirst()
                        .orElse(null);
    }
}
