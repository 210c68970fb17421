package com.askpro.booking.adapter.persistence;

/** Runs the AgentBindings contract on Postgres. */
class PostgresRetellBindingsTest extends RetellBindingsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
