package com.askpro.booking.adapter.persistence;

/** Runs the Appointments contract on the in-memory adapters. */
class InMemoryAppointmentsTest extends AppointmentsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
