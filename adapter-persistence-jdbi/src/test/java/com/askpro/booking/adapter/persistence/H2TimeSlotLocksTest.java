package com.askpro.booking.adapter.persistence;

/** Runs the TimeSlotLocks contract on H2. */
class H2TimeSlotLocksTest extends TimeSlotLocksContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
