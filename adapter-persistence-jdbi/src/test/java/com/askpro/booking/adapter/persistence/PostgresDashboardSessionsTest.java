package com.askpro.booking.adapter.persistence;

/** Runs the DashboardSessions contract on Postgres. */
class PostgresDashboardSessionsTest extends DashboardSessionsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
