package com.askpro.booking.adapter.persistence;

/** Runs the ApiKeys contract on H2. */
class H2ApiKeysTest extends ApiKeysContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
