package com.askpro.booking.adapter.persistence;

/** Runs the Services contract on the in-memory adapters. */
class InMemoryServicesTest extends ServicesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
