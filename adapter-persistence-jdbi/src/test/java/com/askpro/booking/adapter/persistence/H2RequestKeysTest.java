package com.askpro.booking.adapter.persistence;

/** Runs the RequestKeys contract on H2. */
class H2RequestKeysTest extends RequestKeysContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
