package com.askpro.booking.adapter.persistence;

/** Runs the PersonalData contract on the in-memory adapters. */
class InMemoryPersonalDataTest extends PersonalDataContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
