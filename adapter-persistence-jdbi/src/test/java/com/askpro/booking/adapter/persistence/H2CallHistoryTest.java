package com.askpro.booking.adapter.persistence;

/** Runs the CallHistory contract on H2. */
class H2CallHistoryTest extends CallHistoryContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
