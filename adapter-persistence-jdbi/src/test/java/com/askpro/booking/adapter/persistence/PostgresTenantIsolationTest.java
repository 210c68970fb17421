package com.askpro.booking.adapter.persistence;

/** Runs the TenantIsolation contract on Postgres. */
class PostgresTenantIsolationTest extends TenantIsolationContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
