package com.askpro.booking.adapter.persistence;

/** Runs the Calls contract on the in-memory adapters. */
class InMemoryCallsTest extends CallsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
