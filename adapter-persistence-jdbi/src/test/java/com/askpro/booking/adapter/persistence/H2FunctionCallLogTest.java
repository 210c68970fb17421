package com.askpro.booking.adapter.persistence;

/** Runs the FunctionCallLog contract on H2. */
class H2FunctionCallLogTest extends FunctionCallLogContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
