package com.askpro.booking.adapter.persistence;

/** Runs the outbox contract on Postgres. */
class PostgresNotificationOutboxTest extends NotificationOutboxContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
