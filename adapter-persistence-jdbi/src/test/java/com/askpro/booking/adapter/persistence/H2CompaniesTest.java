package com.askpro.booking.adapter.persistence;

/** Runs the Companies contract on H2. */
class H2CompaniesTest extends CompaniesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
