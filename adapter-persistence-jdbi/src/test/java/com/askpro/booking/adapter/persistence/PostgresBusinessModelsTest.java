package com.askpro.booking.adapter.persistence;

/** Runs the business-models contract on Postgres. */
class PostgresBusinessModelsTest extends BusinessModelsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
