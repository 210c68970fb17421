package com.askpro.booking.adapter.persistence;

/** Runs the StaffMembers contract on H2. */
class H2StaffMembersTest extends StaffMembersContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
