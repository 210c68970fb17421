package com.askpro.booking.adapter.persistence;

/** Runs the Logs contract on the in-memory adapters. */
class InMemoryLogsTest extends LogsContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
