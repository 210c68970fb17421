package com.askpro.booking.application.booking;

import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;

/** Use case {@code list_services}: what can be booked at the called branch. */
public final class ListServices implements BookingFunction {

    private final Services services;

    public ListServices(Services services) {
        this.services = services;
    }

    /** The answer: each service with its duration. */
    public record Answer(List<Item> services, String message) implements FunctionAnswer {
    }

    /** One bookable service. */
    public record Item(String name, long durationMinutes) {
    }

    @Override
    public String name() {
        return "list_services";
    }

    @Override
    public FunctionAnswer execute(CallerContext caller, FunctionArgs args) {
        List<Service> offered = services.offeredAt(caller.tenant(), caller.branch().id());
        List<Item> items = offered.stream().map(s -> new Item(s.name(), s.duration().toMinutes())).toList();
        String message = offered.isEmpty()
                ? caller.speech().say("Hier kann derzeit nichts gebucht werden.", "Nothing can be booked here at the moment.")
                : caller.speech().say("Wir bieten " + caller.speech().services(offered) + " an.",
                        "We offer " + caller.speech().services(offered) + ".");
        return new Answer(items, message);
    }
}
