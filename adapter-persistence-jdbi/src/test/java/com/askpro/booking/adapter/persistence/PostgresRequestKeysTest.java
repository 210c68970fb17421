package com.askpro.booking.adapter.persistence;

/** Runs the RequestKeys contract on PostgreSQL. */
class PostgresRequestKeysTest extends RequestKeysContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
