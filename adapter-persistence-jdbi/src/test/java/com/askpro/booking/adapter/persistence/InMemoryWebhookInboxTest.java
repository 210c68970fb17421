package com.askpro.booking.adapter.persistence;

/** Runs the WebhookInbox contract on the in-memory adapters. */
class InMemoryWebhookInboxTest extends WebhookInboxContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
