package com.askpro.booking.adapter.persistence;

/** Runs the FunctionCallLog contract on PostgreSQL. */
class PostgresFunctionCallLogTest extends FunctionCallLogContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
