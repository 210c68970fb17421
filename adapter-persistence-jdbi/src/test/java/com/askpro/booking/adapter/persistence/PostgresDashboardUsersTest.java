package com.askpro.booking.adapter.persistence;

/** Runs the DashboardUsers contract on Postgres. */
class PostgresDashboardUsersTest extends DashboardUsersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
