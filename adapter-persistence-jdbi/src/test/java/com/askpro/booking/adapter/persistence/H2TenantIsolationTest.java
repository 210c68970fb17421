package com.askpro.booking.adapter.persistence;

/** Runs the TenantIsolation contract on H2. */
class H2TenantIsolationTest extends TenantIsolationContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
