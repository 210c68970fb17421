package com.askpro.booking.adapter.persistence;

/** Runs the AppointmentActions contract on H2. */
class H2AppointmentActionsTest extends AppointmentActionsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
