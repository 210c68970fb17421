package com.askpro.booking.adapter.persistence;

/** Runs the availability view contract on H2. */
class H2AvailabilityViewTest extends AvailabilityViewContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
