package com.askpro.booking.adapter.persistence;

/** Runs the WebhookQueue contract on H2. */
class H2WebhookQueueTest extends WebhookQueueContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
