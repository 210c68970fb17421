package com.askpro.booking.domain.testdata;

import com.askpro.booking.domain.phone.PhoneNumber;

/** Phone numbers used across tests, all valid per libphonenumber. */
public final class TestPhoneNumbers {

    /** The demo branch's number, +49 30 83793369. */
    public static final PhoneNumber DEMO_BRANCH = new PhoneNumber("+493083793369");

    /** A German mobile caller. */
    public static final PhoneNumber CALLER = new PhoneNumber("+4915112345678");

    /** Another caller, for "someone else's appointment" cases. */
    public static final PhoneNumber OTHER_CALLER = new PhoneNumber("+4917612345678");

    private TestPhoneNumbers() {}
}
