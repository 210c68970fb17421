package com.askpro.booking.adapter.persistence;

/** Runs the outbox contract on H2. */
class H2NotificationOutboxTest extends NotificationOutboxContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
