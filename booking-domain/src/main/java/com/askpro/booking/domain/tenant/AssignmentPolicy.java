package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * How a branch picks among the staff members who are free at the wished time when the caller names
 * nobody: {@code EARLIEST} (the default) keeps the calendar's order — the earliest start (then the
 * earliest end), then the staff member's id —, {@code BALANCED} takes whoever has the fewest booked
 * minutes that day, and {@code BEST_SKILL} whoever has the highest skill level for the service. Ties
 * always fall back to the next rule: best skill → fewest booked minutes → the calendar's order, so the
 * choice is deterministic. See {@code availability.StaffAssignment}.
 */
public enum AssignmentPolicy {
    EARLIEST,
    BALANCED,
    BEST_SKILL;

    /** Null or blank: {@code EARLIEST}; otherwise one of {@code earliest}, {@code balanced}, {@code best_skill}. */
    public static AssignmentPolicy parse(String code) {
        if (code == null || code.isBlank()) {
            return EARLIEST;
        }
        for (AssignmentPolicy policy : values()) {
            if (policy.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new InvalidValueException("assignment", "must be 'earliest', 'balanced' or 'best_skill'");
    }

    /** The API's lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
