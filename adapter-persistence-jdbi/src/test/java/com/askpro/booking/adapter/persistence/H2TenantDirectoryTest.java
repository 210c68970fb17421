package com.askpro.booking.adapter.persistence;

/** Runs the TenantDirectory contract on H2. */
class H2TenantDirectoryTest extends TenantDirectoryContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
