package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.TimeSlot;
import java.util.Optional;

/** A bookable slot, with the staff member who is free then (null when booked on the branch). */
public record AvailableSlot(TimeSlot slot, StaffId staffId) implements Comparable<AvailableSlot> {

    public AvailableSlot {
        Require.notNull("slot", slot);
    }

    public Optional<StaffId> staff() {
        return Optional.ofNullable(staffId);
    }

    @Override
    public int compareTo(AvailableSlot other) {
        int bySlot = slot.compareTo(other.slot);
        if (bySlot != 0) {
            return bySlot;
        }
        String mine = staffId == null ? "" : staffId.toString();
        String theirs = other.staffId == null ? "" : other.staffId.toString();
        return mine.compareTo(theirs);
    }
}
