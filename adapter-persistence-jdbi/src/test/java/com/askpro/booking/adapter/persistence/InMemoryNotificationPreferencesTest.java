package com.askpro.booking.adapter.persistence;

/** Runs the NotificationPreferences contract on the in-memory adapters. */
class InMemoryNotificationPreferencesTest extends NotificationPreferencesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
