package com.askpro.booking.adapter.persistence;

/** Runs the booking concurrency contract on H2. */
class H2BookingConcurrencyTest extends BookingConcurrencyContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
