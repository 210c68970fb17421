package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.tenant.Service;
import java.util.List;

/** What a caller's words for a service resolved to. */
public sealed interface ServiceSelection {

    /** Exactly one service matches. */
    record Selected(Service service) implements ServiceSelection {}

    /** Several services match equally well; the caller has to choose. */
    record Ambiguous(List<Service> candidates) implements ServiceSelection {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nothing matches; {@code offered} is what could be booked instead. */
    record NotFound(List<Service> offered) implements ServiceSelection {
        public NotFound {
            offered = List.copyOf(offered);
        }
    }
}
