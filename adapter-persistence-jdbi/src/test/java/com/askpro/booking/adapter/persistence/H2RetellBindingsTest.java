package com.askpro.booking.adapter.persistence;

/** Runs the AgentBindings contract on H2. */
class H2RetellBindingsTest extends RetellBindingsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
