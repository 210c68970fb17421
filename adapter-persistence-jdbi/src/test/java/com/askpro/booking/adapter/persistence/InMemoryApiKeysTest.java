package com.askpro.booking.adapter.persistence;

/** Runs the ApiKeys contract on the in-memory adapters. */
class InMemoryApiKeysTest extends ApiKeysContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
