package com.askpro.booking.adapter.persistence;

/** Runs the DashboardSessions contract on the in-memory adapters. */
class InMemoryDashboardSessionsTest extends DashboardSessionsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
