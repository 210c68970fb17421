package com.askpro.booking.adapter.persistence;

/** Runs the Branches contract on H2. */
class H2BranchesTest extends BranchesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
