package com.askpro.booking.adapter.persistence;

/** Runs the StaffMembers contract on the in-memory adapters. */
class InMemoryStaffMembersTest extends StaffMembersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.IN_MEMORY;
    }
}
