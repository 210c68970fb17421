package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.time.TimeSlot;

/**
 * Outbound port: the external calendar's cached free slots, dropped when the calendar reports a
 * change (a booking of one event type blocks the host for all of them, so every event type's
 * cached days are affected).
 */
public interface AvailabilityInvalidation {

    /** Forgets the company's cached free slots of every day {@code touching} overlaps. */
    void invalidate(CompanyId company, TimeSlot touching);

    /** Forgets every cached free slot of the company. */
    void invalidateAll(CompanyId company);

    /** No cache: nothing to forget. */
    AvailabilityInvalidation NONE = new AvailabilityInvalidation() {
        @Override
        public void invalidate(CompanyId company, TimeSlot touching) {}

        @Override
        public void invalidateAll(CompanyId company) {}
    };
}
