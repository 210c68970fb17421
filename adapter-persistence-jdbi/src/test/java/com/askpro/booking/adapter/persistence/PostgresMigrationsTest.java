package com.askpro.booking.adapter.persistence;

/** Runs the Migrations contract on Postgres. */
class PostgresMigrationsTest extends MigrationsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
