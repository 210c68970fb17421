package com.askpro.booking.adapter.persistence;

/** Runs the Services contract on Postgres. */
class PostgresServicesTest extends ServicesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
