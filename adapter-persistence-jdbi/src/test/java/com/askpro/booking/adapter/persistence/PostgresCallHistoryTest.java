package com.askpro.booking.adapter.persistence;

/** Runs the CallHistory contract on Postgres. */
class PostgresCallHistoryTest extends CallHistoryContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
