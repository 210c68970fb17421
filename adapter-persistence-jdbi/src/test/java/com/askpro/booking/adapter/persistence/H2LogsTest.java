package com.askpro.booking.adapter.persistence;

/** Runs the Logs contract on H2. */
class H2LogsTest extends LogsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
