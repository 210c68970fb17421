package com.askpro.booking.adapter.persistence;

/** Runs the RequestKeys contract on the in-memory adapters. */
class InMemoryRequestKeysTest extends RequestKeysContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
