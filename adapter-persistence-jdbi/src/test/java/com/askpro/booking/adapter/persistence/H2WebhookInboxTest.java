package com.askpro.booking.adapter.persistence;

/** Runs the WebhookInbox contract on H2. */
class H2WebhookInboxTest extends WebhookInboxContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
