package com.askpro.booking.adapter.persistence;

/** Runs the Branches contract on Postgres. */
class PostgresBranchesTest extends BranchesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
