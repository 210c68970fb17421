package com.askpro.booking.adapter.notifications;

import com.askpro.booking.application.notification.CalendarInvite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a {@link CalendarInvite} as an iCalendar object (RFC 5545) for iTIP (RFC 5546):
 * METHOD:REQUEST offers or updates the event, METHOD:CANCEL withdraws it; the UID stays, the
 * SEQUENCE counts. Times in UTC ({@code 20260330T120000Z}); text values escaped (backslash,
 * semicolon, comma, line breaks); lines folded at 75 octets without splitting a UTF-8 character;
 * CRLF line ends.
 */
final class ICalendarWriter {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarWriter() {}

    static String write(CalendarInvite invite) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//AskPro Booking//Notifications//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + (invite.cancel() ? "CANCEL" : "REQUEST"));
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(invite.uid()));
        line(out, "SEQUENCE:" + invite.sequence());
        line(out, "DTSTAMP:" + utc(invite.stamp()));
        line(out, "DTSTART:" + utc(invite.start()));
        line(out, "DTEND:" + utc(invite.end()));
        line(out, "SUMMARY:" + text(invite.summary()));
        if (invite.location() != null) {
            line(out, "LOCATION:" + text(invite.location()));
        }
        if (invite.description() != null) {
            line(out, "DESCRIPTION:" + text(invite.description()));
        }
        if (invite.organizerEmail() != null) {
            line(out, "ORGANIZER" + commonName(invite.organizerName()) + ":mailto:" + invite.organizerEmail());
        }
        if (invite.attendeeEmail() != null) {
            line(
                    out,
                    "ATTENDEE" + commonName(invite.attendeeName())
                            + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + invite.attendeeEmail());
        }
        line(out, "STATUS:" + (invite.cancel() ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as {@code \n}, other controls dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** {@code ;CN="..."}: a quoted parameter value may hold anything but DQUOTE and controls. */
    private static String commonName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String cleaned = name.replace("\"", "'").replaceAll("\\p{Cntrl}", " ").strip();
        return ";CN=\"" + cleaned + "\"";
    }

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** Appends one content line, folded at 75 octets (continuation lines start with a space). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
