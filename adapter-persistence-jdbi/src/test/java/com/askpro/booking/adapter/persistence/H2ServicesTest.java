package com.askpro.booking.adapter.persistence;

/** Runs the Services contract on H2. */
class H2ServicesTest extends ServicesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
