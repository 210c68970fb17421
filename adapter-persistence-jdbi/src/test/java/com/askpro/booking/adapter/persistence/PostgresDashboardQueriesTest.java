package com.askpro.booking.adapter.persistence;

/** Runs the DashboardQueries contract on Postgres. */
class PostgresDashboardQueriesTest extends DashboardQueriesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
