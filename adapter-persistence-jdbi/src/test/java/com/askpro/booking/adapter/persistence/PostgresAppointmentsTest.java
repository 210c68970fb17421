package com.askpro.booking.adapter.persistence;

/** Runs the appointments contract on Postgres. */
class PostgresAppointmentsTest extends AppointmentsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
