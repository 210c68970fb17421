package com.askpro.booking.adapter.persistence;

/** Runs the LiteralText contract on Postgres. */
class PostgresLiteralTextTest extends LiteralTextContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
