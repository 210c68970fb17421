package com.askpro.booking.adapter.persistence;

/** Runs the TenantDirectory contract on the in-memory adapters. */
class InMemoryTenantDirectoryTest extends TenantDirectoryContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
