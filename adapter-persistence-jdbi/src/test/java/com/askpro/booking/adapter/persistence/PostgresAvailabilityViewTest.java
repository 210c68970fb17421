package com.askpro.booking.adapter.persistence;

/** Runs the availability view contract on PostgreSQL. */
class PostgresAvailabilityViewTest extends AvailabilityViewContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
