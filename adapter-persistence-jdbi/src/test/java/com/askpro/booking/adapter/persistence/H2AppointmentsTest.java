package com.askpro.booking.adapter.persistence;

/** Runs the appointments contract on H2. */
class H2AppointmentsTest extends AppointmentsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
