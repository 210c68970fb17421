package com.askpro.booking.adapter.persistence;

/** Runs the DashboardUsers contract on the in-memory adapters. */
class InMemoryDashboardUsersTest extends DashboardUsersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
