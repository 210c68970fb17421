package com.askpro.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    private static final String DEMO_E164 = "+493083793369";

    @ParameterizedTest(name = "[{index}] ''{0}'' in region {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "030 83793369      | DE",
                "030 83793369      | de",
                "+49 30 83793369   | DE",
                "+49 30 83793369   | null",
                "+49 30 83793369   | US",
                "0049-30-83793369  | DE",
                "(030) 837 933 69  | DE",
                "  +493083793369   | null",
            })
    void givenCommonInputFormatsWhenParsedThenNormalisedToE164(String input, String region) {
        PhoneNumber number = PhoneNumber.parse(input, region);

        assertThat(number.e164()).isEqualTo(DEMO_E164);
        assertThat(number.region()).isEqualTo("DE");
    }

    @Test
    void givenInternationalInputWhenParsedWithoutRegionThenNormalised() {
        assertThat(PhoneNumber.parse("+49 30 83793369")).isEqualTo(new PhoneNumber(DEMO_E164));
    }

    @Test
    void givenE164TextWhenConstructedThenKeptAndPrintedAsIs() {
        PhoneNumber number = new PhoneNumber(DEMO_E164);

        assertThat(number.e164()).isEqualTo(DEMO_E164);
        assertThat(number).hasToString(DEMO_E164);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "493083793369",
                "030 83793369",
                "+49 30 83793369",
                "+0493083793369",
                "+12345",
                "+1234567890123456",
                "+49308379336x"
            })
    void givenNonE164TextWhenConstructedThenRejectedWithExample(String text) {
        assertThatThrownBy(() -> new PhoneNumber(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("E.164")
                .hasMessageContaining("+493083793369")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("phone_number");
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                // null and blank
                arguments(null, "DE", "must not be blank"),
                arguments("", "DE", "must not be blank"),
                arguments("   ", "DE", "must not be blank"),
                // letters
                arguments("030-ABC", "DE", "must contain digits only"),
                arguments("+49 30 8379336 ext 9", "DE", "must contain digits only"),
                // too short
                arguments("+49 30", null, "'+49 30' is not a valid phone number"),
                arguments("+4", null, "'+4' is not a phone number"),
                // too long
                arguments("+49 30 83793369 12345678901", null, "is too long"),
                arguments("+49 30 837933691234567", null, "'+49 30 837933691234567' is not a valid phone number"),
                arguments("+49 3083793369 3083793369 3083793369 3083", null, "must be at most 40 characters"),
                // wrong country: a German national number read in the US
                arguments("030 83793369", "US", "'030 83793369' is not a valid phone number"),
                // national input without a default region
                arguments("030 83793369", null, "'030 83793369' needs a country code (e.g. +49) or a default country"),
                arguments("0049-30-83793369", null, "needs a country code (e.g. +49) or a default country"),
                // unknown country code, with and without a default region
                arguments("+999 123", "DE", "'+999 123' has an unknown country code"),
                arguments("+999 123", null, "'+999 123' has an unknown country code"),
                // no digits at all
                arguments("---", "DE", "'---' is not a phone number"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" in region {1} -> {2}")
    @MethodSource("invalidInputs")
    void givenInvalidInputWhenParsedThenRejectedForPhoneNumberWithClearMessage(
            String input, String region, String message) {
        assertThatThrownBy(() -> PhoneNumber.parse(input, region))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("phone_number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "DEU", "", "1"})
    void givenUnknownRegionCodeWhenParsedThenRejectedForCountry(String region) {
        assertThatThrownBy(() -> PhoneNumber.parse("030 83793369", region))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'" + region + "' is not a known country code")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("country");
    }

    @Test
    void givenGermanNationalNumberWhenParsedInAustriaThenItIsADifferentNumberOrInvalid() {
        // Read in Austria, "030 83793369" is not Berlin: either invalid or an Austrian number.
        PhoneNumber german = PhoneNumber.parse("030 83793369", "DE");
        try {
            PhoneNumber readInAustria = PhoneNumber.parse("030 83793369", "AT");
            assertThat(readInAustria).isNotEqualTo(german);
            assertThat(readInAustria.e164()).startsWith("+43");
        } catch (InvalidValueException e) {
            assertThat(e.field()).isEqualTo("phone_number");
        }
    }

    @ParameterizedTest(name = "[{index}] masked({0}) = {1}")
    @CsvSource({
        "4,   +••••••••3369",
        "0,   +••••••••••••",
        "-3,  +••••••••••••",
        "12,  +493083793369",
        "99,  +493083793369",
    })
    void givenVisibleDigitsWhenMaskedThenOnlyTheLastDigitsShow(int visible, String expected) {
        assertThat(new PhoneNumber(DEMO_E164).masked(visible)).isEqualTo(expected);
    }

    @Test
    void givenTwoParsesOfTheSameNumberWhenComparedThenEqual() {
        assertThat(PhoneNumber.parse("030 83793369", "DE"))
                .isEqualTo(PhoneNumber.parse("0049-30-83793369", "DE"))
                .hasSameHashCodeAs(new PhoneNumber(DEMO_E164));
    }
}
