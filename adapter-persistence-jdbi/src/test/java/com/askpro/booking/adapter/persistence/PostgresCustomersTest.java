package com.askpro.booking.adapter.persistence;

/** Runs the Customers contract on Postgres. */
class PostgresCustomersTest extends CustomersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
