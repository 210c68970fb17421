package com.askpro.booking.adapter.persistence;

/** Runs the Companies contract on Postgres. */
class PostgresCompaniesTest extends CompaniesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
