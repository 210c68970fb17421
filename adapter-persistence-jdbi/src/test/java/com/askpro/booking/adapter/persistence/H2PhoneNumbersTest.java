package com.askpro.booking.adapter.persistence;

/** Runs the PhoneNumbers contract on H2. */
class H2PhoneNumbersTest extends PhoneNumbersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
