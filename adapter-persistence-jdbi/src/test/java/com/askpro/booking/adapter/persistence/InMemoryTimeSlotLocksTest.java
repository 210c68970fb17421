package com.askpro.booking.adapter.persistence;

/** Runs the TimeSlotLocks contract on the in-memory adapters. */
class InMemoryTimeSlotLocksTest extends TimeSlotLocksContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
