package com.askpro.booking.adapter.persistence;

/** Runs the AppointmentActions contract on the in-memory adapters. */
class InMemoryAppointmentActionsTest extends AppointmentActionsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
