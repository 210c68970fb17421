package com.askpro.booking.adapter.persistence;

/** Runs the PhoneNumbers contract on Postgres. */
class PostgresPhoneNumbersTest extends PhoneNumbersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
