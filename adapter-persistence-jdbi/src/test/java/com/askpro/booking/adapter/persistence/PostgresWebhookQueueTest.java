package com.askpro.booking.adapter.persistence;

/** Runs the WebhookQueue contract on Postgres. */
class PostgresWebhookQueueTest extends WebhookQueueContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
