package com.askpro.booking.adapter.persistence;

/** Runs the PersonalData contract on PostgreSQL. */
class PostgresPersonalDataTest extends PersonalDataContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
