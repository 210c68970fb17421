package com.askpro.booking.adapter.persistence;

/** Runs the NotificationPreferences contract on Postgres. */
class PostgresNotificationPreferencesTest extends NotificationPreferencesContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
