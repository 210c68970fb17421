package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.BookAppointment.Outcome;
import com.askpro.booking.application.booking.Busy;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.ServiceRefusal;
import com.askpro.booking.domain.appointment.Appointment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** {@code book_appointment}: books for the caller; the phone number defaults to the caller's. */
final class BookAppointmentFunction implements AgentFunction {

    private final BookAppointment useCase;

    BookAppointmentFunction(BookAppointment useCase) {
        this.useCase = useCase;
    }

    @Override
    public boolean needsBranch() {
        return true;
    }

    @Override
    public String name() {
        return "book_appointment";
    }

    @Override
    public FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice) {
        String service = args.requiredText("service", voice.say("die gewünschte Leistung", "the service"));
        LocalDate date = args.requiredDate("date");
        LocalTime time = args.requiredTime("time");
        String name = args.requiredText("customer_name", voice.say("Ihr Name", "your name"));
        String email = args.optionalText("customer_email").orElse(null);
        String notes = args.optionalText("notes").orElse(null);
        String phone = args.optionalText("customer_phone").orElse(null);
        String staff = args.optionalText("staff").orElse(null);
        Outcome outcome = useCase.book(
                new BookAppointment.Command(caller, service, staff, date, time, name, phone, email, notes));
        if (outcome instanceof Outcome.Booked booked) {
            return booked(booked, voice);
        }
        if (outcome instanceof Outcome.NotBooked notBooked) {
            return new FunctionAnswer.Booking(
                    false,
                    null,
                    null,
                    null,
                    null,
                    notBooked.reason().code(),
                    voice.slots(notBooked.alternatives()),
                    null,
                    voice.explain(notBooked.reason()) + " " + voice.offer(notBooked.alternatives()));
        }
        if (outcome instanceof Outcome.AlreadyBooked already) {
            return alreadyBooked(already, voice);
        }
        if (outcome instanceof ServiceRefusal refusal) {
            return voice.refusal(refusal);
        }
        if (outcome instanceof Busy busy) {
            return voice.busy(busy);
        }
        if (outcome instanceof Outcome.PhoneNeeded) {
            return new FunctionAnswer.Error(
                    "invalid_argument",
                    voice.say(
                            "Unter welcher Telefonnummer sind Sie erreichbar?",
                            "Which phone number can we reach you at?"),
                    List.of("customer_phone"));
        }
        String field = ((Outcome.InvalidDetail) outcome).field();
        if (field.equals("customer_phone")) {
            return new FunctionAnswer.Error(
                    "invalid_argument",
                    voice.say(
                            "Die Telefonnummer habe ich nicht verstanden. Können Sie sie bitte wiederholen?",
                            "I did not get the phone number. Could you repeat it, please?"),
                    List.of(field));
        }
        return new FunctionAnswer.Error(
                "invalid_argument",
                voice.say("Die Angabe " + field + " habe ich nicht verstanden.", "I did not get the " + field + "."),
                List.of(field));
    }

    /** Refused: the caller already has an appointment then; offer to move that one instead. */
    private static FunctionAnswer alreadyBooked(Outcome.AlreadyBooked already, Voice voice) {
        Appointment existing = already.existing();
        String when = voice.spoken(existing.slot().start());
        String service = already.service() == null ? voice.say("einen Termin", "an appointment") : already.service();
        FunctionAnswer.Item item = new FunctionAnswer.Item(
                existing.id().toString(),
                already.service(),
                voice.iso(existing.slot().start()),
                already.staff());
        return new FunctionAnswer.Booking(
                false,
                null,
                null,
                null,
                null,
                "customer_already_booked",
                null,
                item,
                voice.say(
                        "Sie haben zu dieser Zeit bereits einen Termin: " + service + " am " + when
                                + ". Zwei Termine gleichzeitig sind nicht möglich. Soll ich Ihren bestehenden Termin verschieben?",
                        "You already have an appointment at that time: " + service + " on " + when
                                + ". You cannot have two at once. Shall I move your existing appointment instead?"));
    }

    private static FunctionAnswer booked(Outcome.Booked booked, Voice voice) {
        Appointment appointment = booked.appointment();
        String staff = booked.target().staffName(appointment.staffId());
        String service = booked.target().service().name();
        String when = voice.spoken(appointment.slot().start());
        String with = staff == null ? "" : voice.say(" bei " + staff, " with " + staff);
        return new FunctionAnswer.Booking(
                true,
                appointment.id().toString(),
                voice.iso(appointment.slot().start()),
                voice.iso(appointment.slot().end()),
                staff,
                null,
                null,
                null,
                voice.say(
                        "Ihr Termin für " + service + " am " + when + with + " ist gebucht.",
                        "Your " + service + " appointment on " + when + with + " is booked."));
    }
}
