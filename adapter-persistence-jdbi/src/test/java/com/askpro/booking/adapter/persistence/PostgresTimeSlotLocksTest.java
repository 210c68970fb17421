package com.askpro.booking.adapter.persistence;

/** Runs the TimeSlotLocks contract on Postgres. */
class PostgresTimeSlotLocksTest extends TimeSlotLocksContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
