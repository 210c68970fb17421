package com.askpro.booking.adapter.persistence;

/** Runs the PhoneNumbers contract on the in-memory adapters. */
class InMemoryPhoneNumbersTest extends PhoneNumbersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
