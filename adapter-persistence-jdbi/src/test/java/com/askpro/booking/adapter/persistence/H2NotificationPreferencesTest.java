package com.askpro.booking.adapter.persistence;

/** Runs the NotificationPreferences contract on H2. */
class H2NotificationPreferencesTest extends NotificationPreferencesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
