package com.askpro.booking.application.booking;

import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.util.List;

/** The service or staff member the caller named does not lead to one bookable choice. */
public sealed interface ServiceRefusal extends Resolution, CheckAvailability.Outcome, BookAppointment.Outcome {

    /** Nothing offered here matches; {@code offered} is what can be booked. */
    record UnknownService(List<Service> offered) implements ServiceRefusal {
        public UnknownService {
            offered = List.copyOf(offered);
        }
    }

    /** Several services match equally well. */
    record AmbiguousService(List<Service> candidates) implements ServiceRefusal {
        public AmbiguousService {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nobody of that name performs the service; {@code capable} do. */
    record UnknownStaff(String asked, List<Staff> capable) implements ServiceRefusal {
        public UnknownStaff {
            capable = List.copyOf(capable);
        }
    }
}
