package com.askpro.booking.adapter.notifications;

import java.util.regex.Pattern;

/** Error texts without personal data: e-mail addresses and long digit runs (phone numbers) are masked. */
final class Redaction {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"']+");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d \\-]{5,}\\d");

    private Redaction() {}

    /** The exception's kind and first line of message, masked and at most 200 characters. */
    static String safe(Throwable error) {
        Throwable cause = error;
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        String message = error.getMessage();
        while ((message == null || message.isBlank()) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            message = cause.getMessage();
            text.append(" / ").append(cause.getClass().getSimpleName());
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(mask(message.lines().findFirst().orElse("")));
        }
        return text.length() <= 200 ? text.toString() : text.substring(0, 200);
    }

    static String mask(String text) {
        return DIGITS.matcher(ADDRESS.matcher(text).replaceAll("<address>")).replaceAll("<number>");
    }
}
