package com.askpro.booking.adapter.persistence;

/** Runs the Calls contract on Postgres. */
class PostgresCallsTest extends CallsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
