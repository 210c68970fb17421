package com.askpro.booking.adapter.persistence;

/** Runs the Companies contract on the in-memory adapters. */
class InMemoryCompaniesTest extends CompaniesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
