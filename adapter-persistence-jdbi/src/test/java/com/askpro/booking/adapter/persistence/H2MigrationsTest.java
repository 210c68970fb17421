package com.askpro.booking.adapter.persistence;

/** Runs the Migrations contract on H2. */
class H2MigrationsTest extends MigrationsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
