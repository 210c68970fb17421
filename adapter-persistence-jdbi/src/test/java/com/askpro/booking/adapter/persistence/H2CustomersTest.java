package com.askpro.booking.adapter.persistence;

/** Runs the Customers contract on H2. */
class H2CustomersTest extends CustomersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
