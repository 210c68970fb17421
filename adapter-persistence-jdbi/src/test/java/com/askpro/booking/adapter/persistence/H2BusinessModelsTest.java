package com.askpro.booking.adapter.persistence;

/** Runs the business-models contract on H2. */
class H2BusinessModelsTest extends BusinessModelsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
