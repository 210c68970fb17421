package com.askpro.booking.adapter.persistence;

/** Runs the Calls contract on H2. */
class H2CallsTest extends CallsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
