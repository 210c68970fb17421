package com.askpro.booking.domain.notification;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's choices about messages to its customers: the reminder {@code reminderHours} before
 * an appointment (0: no reminders), whether SMS are sent, and an optional reply-to address for
 * e-mails.
 */
public record NotificationSettings(int reminderHours, boolean smsEnabled, String replyTo) {

    public static final int DEFAULT_REMINDER_HOURS = 24;
    /** At most one week ahead. */
    public static final int MAX_REMINDER_HOURS = 168;

    public static final NotificationSettings DEFAULT = new NotificationSettings(DEFAULT_REMINDER_HOURS, false, null);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public NotificationSettings {
        if (reminderHours < 0 || reminderHours > MAX_REMINDER_HOURS) {
            throw new InvalidValueException("reminder_hours", "must be between 0 and " + MAX_REMINDER_HOURS);
        }
        replyTo = Require.optionalLine("reply_to", replyTo, 254);
        if (replyTo != null && !EMAIL.matcher(replyTo).matches()) {
            throw new InvalidValueException("reply_to", "is not an e-mail address");
        }
    }

    /** How long before an appointment the reminder goes out; empty when reminders are off. */
    public Optional<Duration> reminderLead() {
        return reminderHours == 0 ? Optional.empty() : Optional.of(Duration.ofHours(reminderHours));
    }

    public Optional<String> replyAddress() {
        return Optional.ofNullable(replyTo);
    }
}
