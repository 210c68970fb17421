package com.askpro.booking.application.booking;

import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;

/** Use case: what can be booked at the called branch. */
public final class ListServices {

    private final Services services;

    public ListServices(Services services) {
        this.services = services;
    }

    public record Query(CallerContext caller) {}

    /** What {@link #list} answers. */
    public sealed interface Outcome {
        /** The bookable services, branch-specific and company-wide; may be empty. */
        record Offered(List<Service> services) implements Outcome {
            public Offered {
                services = List.copyOf(services);
            }
        }
    }

    public Outcome list(Query query) {
        CallerContext caller = query.caller();
        return new Outcome.Offered(
                services.offeredAt(caller.tenant(), caller.branch().id()));
    }
}
