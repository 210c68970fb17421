package com.askpro.booking.adapter.persistence;

/** Runs the FunctionCallLog contract on the in-memory adapters. */
class InMemoryFunctionCallLogTest extends FunctionCallLogContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
