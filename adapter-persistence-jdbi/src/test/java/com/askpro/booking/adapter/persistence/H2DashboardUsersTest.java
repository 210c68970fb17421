package com.askpro.booking.adapter.persistence;

/** Runs the DashboardUsers contract on H2. */
class H2DashboardUsersTest extends DashboardUsersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
