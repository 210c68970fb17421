package com.askpro.booking.adapter.persistence;

/** Runs the DashboardSessions contract on H2. */
class H2DashboardSessionsTest extends DashboardSessionsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
