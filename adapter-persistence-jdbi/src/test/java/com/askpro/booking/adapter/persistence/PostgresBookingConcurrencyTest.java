package com.askpro.booking.adapter.persistence;

/** Runs the booking concurrency contract on Postgres. */
class PostgresBookingConcurrencyTest extends BookingConcurrencyContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
