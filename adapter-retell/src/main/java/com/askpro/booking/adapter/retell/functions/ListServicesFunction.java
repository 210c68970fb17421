package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.ListServices;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;

/** {@code list_services}: what can be booked at the called branch. */
final class ListServicesFunction implements AgentFunction {

    private final ListServices useCase;

    ListServicesFunction(ListServices useCase) {
        this.useCase = useCase;
    }

    @Override
    public boolean needsBranch() {
        return true;
    }

    @Override
    public String name() {
        return "list_services";
    }

    @Override
    public FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice) {
        ListServices.Outcome.Offered offered =
                (ListServices.Outcome.Offered) useCase.list(new ListServices.Query(caller));
        List<Service> services = offered.services();
        String message = services.isEmpty()
                ? voice.say("Hier kann derzeit nichts gebucht werden.", "Nothing can be booked here at the moment.")
                : voice.say(
                        "Wir bieten " + voice.speech().services(services) + " an.",
                        "We offer " + voice.speech().services(services) + ".");
        return new FunctionAnswer.Services(
                services.stream()
                        .map(s -> new FunctionAnswer.Service(
                                s.name(), s.duration().toMinutes()))
                        .toList(),
                message);
    }
}
