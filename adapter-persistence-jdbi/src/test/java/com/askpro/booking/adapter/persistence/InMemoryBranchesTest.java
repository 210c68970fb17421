package com.askpro.booking.adapter.persistence;

/** Runs the Branches contract on the in-memory adapters. */
class InMemoryBranchesTest extends BranchesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
