package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.FindMyAppointments;
import java.util.List;

/** {@code find_my_appointments}: the caller's upcoming appointments, by the caller's number. */
final class FindMyAppointmentsFunction implements AgentFunction {

    private final FindMyAppointments useCase;

    FindMyAppointmentsFunction(FindMyAppointments useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "find_my_appointments";
    }

    @Override
    public FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice) {
        FindMyAppointments.Outcome.Upcoming upcoming =
                (FindMyAppointments.Outcome.Upcoming) useCase.find(new FindMyAppointments.Query(caller));
        if (upcoming.appointments().isEmpty()) {
            return new FunctionAnswer.Appointments(
                    List.of(),
                    voice.say(
                            "Unter Ihrer Nummer finde ich keine anstehenden Termine.",
                            "I cannot find any upcoming appointments for your number."));
        }
        List<FunctionAnswer.Item> items = upcoming.appointments().stream()
                .map(i -> new FunctionAnswer.Item(
                        i.appointment().id().toString(),
                        i.service(),
                        voice.iso(i.appointment().slot().start()),
                        i.staff()))
                .toList();
        String list = voice.speech()
                .list(upcoming.appointments().stream()
                        .map(i -> (i.service() == null ? "?" : i.service()) + " " + voice.say("am ", "on ")
                                + voice.spoken(i.appointment().slot().start()))
                        .toList());
        return new FunctionAnswer.Appointments(
                items, voice.say("Sie haben folgende Termine: " + list + ".", "Your appointments: " + list + "."));
    }
}
