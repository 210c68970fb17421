package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.adapter.retell.speech.Speech;
import com.askpro.booking.application.booking.Busy;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.ChooseBranch;
import com.askpro.booking.application.booking.LookupRefusal;
import com.askpro.booking.application.booking.OfferedSlot;
import com.askpro.booking.application.booking.ServiceRefusal;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How the agent speaks to one caller: the company's language and the branch's time zone, and the
 * sentences every function shares (refusals, reasons, alternatives).
 */
final class Voice {

    private final Speech speech;
    private final ZoneId zone;

    private Voice(Speech speech, ZoneId zone) {
        this.speech = speech;
        this.zone = zone;
    }

    static Voice of(CallerContext caller) {
        return new Voice(Speech.in(caller.company().language()), caller.zone());
    }

    Speech speech() {
        return speech;
    }

    String say(String german, String english) {
        return speech.say(german, english);
    }

    /** ISO-8601 with the branch's offset, e.g. {@code 2026-03-30T10:00:00+02:00}. */
    String iso(Instant instant) {
        return OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** "Montag, 30. März um 10:00 Uhr". */
    String spoken(Instant instant) {
        return speech.dateTime(instant.atZone(zone));
    }

    List<FunctionAnswer.Slot> slots(List<OfferedSlot> offered) {
        return offered.stream()
                .map(s -> new FunctionAnswer.Slot(
                        iso(s.slot().start()), iso(s.slot().end()), s.staff()))
                .toList();
    }

    /** The spoken explanation of a reason. */
    String explain(Unavailability reason) {
        return switch (reason) {
            case IN_PAST -> say("Dieser Zeitpunkt liegt in der Vergangenheit.", "That time is in the past.");
            case TOO_SOON ->
                say("So kurzfristig können wir leider keinen Termin vergeben.", "That is too short notice.");
            case BEYOND_WINDOW ->
                say("So weit im Voraus können wir noch nicht buchen.", "We cannot book that far ahead yet.");
            case OUTSIDE_HOURS -> say("Zu dieser Zeit haben wir geschlossen.", "We are closed at that time.");
            case TAKEN -> say("Dieser Termin ist leider schon vergeben.", "That time is already taken.");
        };
    }

    /** "Ich kann Ihnen ... anbieten." for the alternatives, or that nothing is free. */
    String offer(List<OfferedSlot> alternatives) {
        if (alternatives.isEmpty()) {
            return say(
                    "In den nächsten sieben Tagen ist leider nichts frei.", "Nothing is free in the next seven days.");
        }
        List<String> times =
                alternatives.stream().map(a -> spoken(a.slot().start())).toList();
        return say("Ich kann Ihnen " + speech.list(times) + " anbieten.", "I can offer " + speech.list(times) + ".");
    }

    FunctionAnswer.Error refusal(ServiceRefusal refusal) {
        if (refusal instanceof ServiceRefusal.UnknownService unknown) {
            List<String> names = unknown.offered().stream().map(Service::name).toList();
            return new FunctionAnswer.Error(
                    "unknown_service",
                    say("Das bieten wir leider nicht an. Möglich sind: ", "We do not offer that. You can book: ")
                            + speech.list(names) + ".",
                    names);
        }
        if (refusal instanceof ServiceRefusal.AmbiguousService ambiguous) {
            List<String> names =
                    ambiguous.candidates().stream().map(Service::name).toList();
            return new FunctionAnswer.Error(
                    "ambiguous_service",
                    say("Meinen Sie ", "Do you mean ") + String.join(say(" oder ", " or "), names) + "?",
                    names);
        }
        ServiceRefusal.UnknownStaff unknownStaff = (ServiceRefusal.UnknownStaff) refusal;
        List<String> names = unknownStaff.capable().stream().map(Staff::name).toList();
        String asked = unknownStaff.asked();
        return new FunctionAnswer.Error(
                "unknown_staff",
                say(
                                asked + " kann das leider nicht machen. Möglich sind: ",
                                asked + " cannot do that. You can choose: ")
                        + speech.list(names) + ".",
                names);
    }

    FunctionAnswer.Error refusal(LookupRefusal refusal) {
        if (refusal instanceof LookupRefusal.WhichAppointment which) {
            List<String> options = which.candidates().stream()
                    .map(a -> a.id() + " " + iso(a.slot().start()))
                    .toList();
            List<String> spoken = which.candidates().stream()
                    .map(a -> spoken(a.slot().start()))
                    .toList();
            return new FunctionAnswer.Error(
                    "which_appointment",
                    say(
                            "Sie haben mehrere Termine: " + speech.list(spoken) + ". Welchen meinen Sie?",
                            "You have several appointments: " + speech.list(spoken) + ". Which one do you mean?"),
                    options);
        }
        if (refusal instanceof LookupRefusal.AppointmentNotFound) {
            return new FunctionAnswer.Error(
                    "not_found",
                    say(
                            "Diesen Termin finde ich unter Ihrer Nummer nicht.",
                            "I cannot find that appointment for your number."));
        }
        return new FunctionAnswer.Error(
                "no_upcoming_appointment",
                say(
                        "Ich finde unter Ihrer Nummer keinen anstehenden Termin.",
                        "I cannot find an upcoming appointment for your number."));
    }

    /** Which branch? The options by name, the message with their addresses. */
    FunctionAnswer.Error whichBranch(ChooseBranch.Outcome.Ask ask) {
        List<String> names = ask.options().stream().map(Branch::name).toList();
        String options = speech.list(ask.options().stream().map(Speech::branch).toList());
        return switch (ask.reason()) {
            case NEEDED ->
                new FunctionAnswer.Error(
                        "branch_needed",
                        say(
                                        "In welcher Filiale möchten Sie kommen? Wir sind in ",
                                        "Which branch would you like to visit? We are at ")
                                + options + ".",
                        names);
            case AMBIGUOUS ->
                new FunctionAnswer.Error(
                        "ambiguous_branch",
                        say("Das passt zu mehreren Filialen: ", "That fits several branches: ")
                                + options
                                + say(". Welche meinen Sie?", ". Which one do you mean?"),
                        names);
            case UNKNOWN ->
                new FunctionAnswer.Error(
                        "unknown_branch",
                        say("Diese Filiale kenne ich nicht. Wir sind in ", "I do not know that branch. We are at ")
                                + options + ".",
                        names);
        };
    }

    FunctionAnswer.Error busy(Busy busy) {
        if (busy instanceof Busy.SystemBusy) {
            return new FunctionAnswer.Error(
                    "busy",
                    say(
                            "Einen Moment bitte, das System ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.",
                            "One moment please, the system is busy. Please try again in a moment."));
        }
        return new FunctionAnswer.Error(
                "busy",
                say(
                        "Der Termin wurde gerade geändert. Bitte versuchen Sie es noch einmal.",
                        "The appointment was just changed. Please try again."));
    }
}
