package com.askpro.booking.domain.notification;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * Whether a text message can reach a number: mobile numbers can, landlines cannot (libphonenumber
 * knows the type from the number plan). Where a plan does not tell mobile from fixed lines (e.g.
 * the US), the number counts as reachable.
 */
public final class SmsReachability {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private SmsReachability() {}

    public static boolean canReceiveSms(PhoneNumber number) {
        if (number == null) {
            return false;
        }
        try {
            PhoneNumberType type = UTIL.getNumberType(UTIL.parse(number.e164(), null));
            return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }
}
