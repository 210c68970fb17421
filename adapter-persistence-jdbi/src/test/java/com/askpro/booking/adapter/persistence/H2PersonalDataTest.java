package com.askpro.booking.adapter.persistence;

/** Runs the PersonalData contract on H2. */
class H2PersonalDataTest extends PersonalDataContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
