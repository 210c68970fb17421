package com.askpro.booking.adapter.persistence;

/** Runs the AgentBindings contract on the in-memory adapters. */
class InMemoryRetellBindingsTest extends RetellBindingsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
