package com.askpro.booking.adapter.persistence;

/** Runs the WebhookInbox contract on Postgres. */
class PostgresWebhookInboxTest extends WebhookInboxContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
