package com.askpro.booking.adapter.persistence;

/** Runs the Customers contract on the in-memory adapters. */
class InMemoryCustomersTest extends CustomersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
