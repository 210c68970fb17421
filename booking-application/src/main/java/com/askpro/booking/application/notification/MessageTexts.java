package com.askpro.booking.application.notification;

import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.tenant.Language;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The words of the messages, German or English per the company's language: subject and body of
 * the e-mail, and the text message. What a message says comes from the booking facts alone.
 */
final class MessageTexts {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The facts a message tells. {@code staff}, {@code address} and {@code customerName} may be null. */
    record Facts(
            String business,
            String branch,
            String address,
            String service,
            String staff,
            String customerName,
            ZonedDateTime start,
            ZonedDateTime end) {}

    private final boolean english;
    private final Locale locale;

    MessageTexts(Language language) {
        this.english = language == Language.EN;
        this.locale = english ? Locale.ENGLISH : Locale.GERMAN;
    }

    String subject(NotificationKind kind, Facts facts) {
        String what = switch (kind) {
            case BOOKED -> say("Terminbestätigung", "Appointment confirmed");
            case RESCHEDULED -> say("Termin verschoben", "Appointment rescheduled");
            case CANCELLED -> say("Termin storniert", "Appointment cancelled");
            case REMINDER -> say("Erinnerung an Ihren Termin", "Reminder of your appointment");
        };
        return what + ": " + facts.service() + ", " + when(facts.start()) + " – " + facts.business();
    }

    String emailBody(NotificationKind kind, Facts facts) {
        StringBuilder text = new StringBuilder();
        text.append(
                        facts.customerName() == null
                                ? say("Guten Tag,", "Hello,")
                                : say("Guten Tag ", "Hello ") + facts.customerName() + ",")
                .append("\n\n");
        text.append(
                        switch (kind) {
                            case BOOKED -> say("Ihr Termin ist gebucht:", "your appointment is booked:");
                            case RESCHEDULED ->
                                say(
                                        "Ihr Termin wurde verschoben. Der neue Termin:",
                                        "your appointment was moved. The new time:");
                            case CANCELLED -> say("Ihr Termin wurde storniert:", "your appointment was cancelled:");
                            case REMINDER ->
                                say("wir erinnern Sie an Ihren Termin:", "a reminder of your appointment:");
                        })
                .append("\n\n");
        text.append(say("Leistung: ", "Service: ")).append(facts.service()).append('\n');
        if (facts.staff() != null) {
            text.append(say("Bei: ", "With: ")).append(facts.staff()).append('\n');
        }
        text.append(say("Wann: ", "When: "))
                .append(when(facts.start()))
                .append(say(" bis ", " to "))
                .append(time(facts.end()))
                .append(" (")
                .append(facts.start().getZone().getId())
                .append(")\n");
        text.append(say("Wo: ", "Where: "))
                .append(facts.business())
                .append(", ")
                .append(facts.branch())
                .append('\n');
        if (facts.address() != null) {
            text.append(facts.address()).append('\n');
        }
        text.append('\n');
        if (kind != NotificationKind.CANCELLED) {
            text.append(say(
                            "Der Kalendereintrag im Anhang trägt den Termin in Ihren Kalender ein.",
                            "The attached calendar entry adds the appointment to your calendar."))
                    .append("\n\n");
        }
        text.append(say("Viele Grüße\n", "Kind regards\n"))
                .append(facts.business())
                .append('\n');
        return text.toString();
    }

    String sms(NotificationKind kind, Facts facts) {
        String what = switch (kind) {
            case BOOKED -> say("Termin gebucht", "Appointment booked");
            case RESCHEDULED -> say("Termin verschoben auf", "Appointment moved to");
            case CANCELLED -> say("Termin storniert", "Appointment cancelled");
            case REMINDER -> say("Erinnerung", "Reminder");
        };
        return facts.business() + ": " + what + (kind == NotificationKind.RESCHEDULED ? " " : ": ") + facts.service()
                + ", "
                + when(facts.start()) + (facts.staff() == null ? "" : say(" bei ", " with ") + facts.staff()) + ", "
                + facts.branch() + ".";
    }

    /** The calendar entry's title: "Haarschnitt – Demo Salon". */
    String summary(Facts facts) {
        return facts.service() + " – " + facts.business();
    }

    /** "Montag, 30. März 2026, 14:00 Uhr" / "Monday, 30 March 2026, 14:00". */
    String when(ZonedDateTime at) {
        return at.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + ", " + at.getDayOfMonth()
                + (english ? " " : ". ") + at.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + at.getYear()
                + ", "
                + time(at);
    }

    private String time(ZonedDateTime at) {
        return HH_MM.format(at) + say(" Uhr", "");
    }

    private String say(String german, String englishText) {
        return english ? englishText : german;
    }
}
