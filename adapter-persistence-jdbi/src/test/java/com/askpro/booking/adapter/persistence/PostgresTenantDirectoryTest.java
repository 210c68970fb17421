package com.askpro.booking.adapter.persistence;

/** Runs the TenantDirectory contract on Postgres. */
class PostgresTenantDirectoryTest extends TenantDirectoryContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
