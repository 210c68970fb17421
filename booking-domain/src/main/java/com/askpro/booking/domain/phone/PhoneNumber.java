package com.askpro.booking.domain.phone;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A valid telephone number in E.164 form ({@code +493083793369}). Build one with {@link #parse}
 * from whatever a person or an API typed ({@code 030 83793369}, {@code 0049-30-83793369}, ...);
 * the canonical constructor accepts only the E.164 form.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String FIELD = "phone_number";

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidValueException(FIELD, "must be in E.164 form, e.g. +493083793369");
        }
    }

    /** Parses an international number; national input needs {@link #parse(String, String)}. */
    /** Longest text accepted as a phone number (with spaces, dashes, a national prefix). */
    public static final int MAX_INPUT_LENGTH = 40;

    public static PhoneNumber parse(String input) {
        return parse(input, null);
    }

    /**
     * Parses and validates a number, reading national formats in {@code defaultRegion} (an ISO
     * 3166 alpha-2 code such as {@code DE}; null allows international input only).
     */
    public static PhoneNumber parse(String input, String defaultRegion) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException(FIELD, "must not be blank");
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + MAX_INPUT_LENGTH + " characters");
        }
        String region = defaultRegion == null ? null : defaultRegion.toUpperCase(Locale.ROOT);
        if (region != null && !UTIL.getSupportedRegions().contains(region)) {
            throw new InvalidValueException("country", "'" + defaultRegion + "' is not a known country code");
        }
        if (input.chars().anyMatch(Character::isLetter)) {
            throw new InvalidValueException(
                    FIELD, "must contain digits only (with optional +, spaces, dashes, brackets)");
        }
        try {
            var parsed = UTIL.parse(input.strip(), region);
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidValueException(FIELD, "'" + input.strip() + "' is not a valid phone number");
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            String hint = switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE ->
                    region == null && !input.strip().startsWith("+")
                            ? "needs a country code (e.g. +49) or a default country"
                            : "has an unknown country code";
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short";
                case TOO_LONG -> "is too long";
                case NOT_A_NUMBER -> "is not a phone number";
            };
            throw new InvalidValueException(FIELD, "'" + input.strip() + "' " + hint);
        }
    }

    /** ISO 3166 region of the number, e.g. {@code DE}. */
    public String region() {
        try {
            return UTIL.getRegionCodeForNumber(UTIL.parse(e164, null));
        } catch (NumberParseException e) {
            throw new IllegalStateException("E.164 number did not parse: " + e164, e);
        }
    }

    /** The number with all but the last {@code visible} digits masked, for screens and logs. */
    public String masked(int visible) {
        int keep = Math.max(0, Math.min(visible, e164.length() - 1));
        return "+" + "•".repeat(e164.length() - 1 - keep) + e164.substring(e164.length() - keep);
    }

    @Override
    public String toString() {
        return e164;
    }
}
