package com.askpro.booking.adapter.persistence;

/** Runs the StaffMembers contract on Postgres. */
class PostgresStaffMembersTest extends StaffMembersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
