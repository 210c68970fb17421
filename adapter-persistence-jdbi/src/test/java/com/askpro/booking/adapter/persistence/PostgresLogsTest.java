package com.askpro.booking.adapter.persistence;

/** Runs the Logs contract on Postgres. */
class PostgresLogsTest extends LogsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
