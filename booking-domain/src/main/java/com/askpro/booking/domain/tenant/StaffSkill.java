package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.util.Optional;

/**
 * How one staff member performs one service: an optional own {@code duration} (null: the service's)
 * and a {@code level} from 1 (can do it) to 3 (specialist). A service a staff member performs
 * without a skill entry counts as level {@link #DEFAULT_LEVEL} with the service's duration.
 */
public record StaffSkill(ServiceId serviceId, Duration duration, int level) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 3;
    public static final int DEFAULT_LEVEL = 1;

    public StaffSkill {
        Require.notNull("skills.service_id", serviceId);
        if (duration != null) {
            Require.positive("skills.duration_minutes", duration);
            if (duration.toMinutes() > 24 * 60 || duration.toSeconds() % 60 != 0) {
                throw new InvalidValueException("skills.duration_minutes", "must be whole minutes, at most one day");
            }
        }
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new InvalidValueException("skills.level", "must be between 1 and 3");
        }
    }

    public Optional<Duration> ownDuration() {
        return Optional.ofNullable(duration);
    }
}
