package com.askpro.booking.adapter.persistence;

/** Runs the DashboardQueries contract on H2. */
class H2DashboardQueriesTest extends DashboardQueriesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
