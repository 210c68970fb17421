package com.askpro.booking.adapter.persistence;

/** Runs the LiteralText contract on H2. */
class H2LiteralTextTest extends LiteralTextContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
