package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.notifications.SmtpSettings;
import com.askpro.booking.adapter.notifications.TwilioSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The messaging part of the configuration (docs/notifications.md): the mail server
 * ({@code ASKPRO_SMTP_URL}, {@code ASKPRO_MAIL_FROM}) and the SMS provider, Twilio
 * ({@code ASKPRO_TWILIO_ACCOUNT_SID}, {@code ASKPRO_TWILIO_AUTH_TOKEN}, {@code ASKPRO_TWILIO_FROM},
 * {@code ASKPRO_TWILIO_BASE_URL}). Either may be absent: then no messages go out on that channel.
 * Never prints a password or token.
 */
public record NotificationConfig(SmtpSettings smtp, TwilioSettings twilio) {

    static final NotificationConfig NONE = new NotificationConfig(null, null);

    static NotificationConfig fromEnvironment(Map<String, String> env, List<String> problems) {
        SmtpSettings smtp = null;
        String url = blankToNull(env.get("ASKPRO_SMTP_URL"));
        String from = blankToNull(env.get("ASKPRO_MAIL_FROM"));
        if (url != null) {
            try {
                smtp = SmtpSettings.parse(url, from);
            } catch (IllegalArgumentException e) {
                problems.add("ASKPRO_SMTP_URL " + e.getMessage());
            }
        } else if (from != null) {
            problems.add("ASKPRO_MAIL_FROM is set but ASKPRO_SMTP_URL is not: no mail server to send through");
        }
        TwilioSettings twilio = null;
        String sid = blankToNull(env.get("ASKPRO_TWILIO_ACCOUNT_SID"));
        String token = blankToNull(env.get("ASKPRO_TWILIO_AUTH_TOKEN"));
        String sender = blankToNull(env.get("ASKPRO_TWILIO_FROM"));
        String base = blankToNull(env.get("ASKPRO_TWILIO_BASE_URL"));
        if (sid != null || token != null || sender != null) {
            try {
                twilio = new TwilioSettings(
                        sid, token, sender, base == null ? TwilioSettings.DEFAULT_BASE_URL : URI.create(base));
            } catch (IllegalArgumentException e) {
                problems.add(
                        "ASKPRO_TWILIO_ACCOUNT_SID, ASKPRO_TWILIO_AUTH_TOKEN, ASKPRO_TWILIO_FROM, ASKPRO_TWILIO_BASE_URL: "
                                + e.getMessage());
            }
        }
        return new NotificationConfig(smtp, twilio);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "NotificationConfig[smtp=" + smtp + ", twilio=" + twilio + "]";
    }
}
