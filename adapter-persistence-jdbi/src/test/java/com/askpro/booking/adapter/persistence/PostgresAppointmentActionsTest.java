package com.askpro.booking.adapter.persistence;

/** Runs the AppointmentActions contract on Postgres. */
class PostgresAppointmentActionsTest extends AppointmentActionsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
