package com.askpro.booking.adapter.persistence;

/** Runs the ApiKeys contract on Postgres. */
class PostgresApiKeysTest extends ApiKeysContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
