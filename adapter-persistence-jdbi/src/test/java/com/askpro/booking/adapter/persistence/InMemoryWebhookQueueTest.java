package com.askpro.booking.adapter.persistence;

/** Runs the WebhookQueue contract on the in-memory adapters. */
class InMemoryWebhookQueueTest extends WebhookQueueContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
