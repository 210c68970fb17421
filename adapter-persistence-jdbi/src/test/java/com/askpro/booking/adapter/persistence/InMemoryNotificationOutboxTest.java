package com.askpro.booking.adapter.persistence;

/** Runs the NotificationOutbox contract on the in-memory adapters. */
class InMemoryNotificationOutboxTest extends NotificationOutboxContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
