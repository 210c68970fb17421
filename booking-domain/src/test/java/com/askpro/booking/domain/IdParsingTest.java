package com.askpro.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every id type parses its canonical UUID text and rejects anything else under its own field name. */
class IdParsingTest {

    private static final String UUID_TEXT = "3f2b8c1e-7d4a-4e9b-a1c2-0d5e6f7a8b9c";

    static Stream<Arguments> idTypes() {
        return Stream.of(
                arguments("company_id", (Function<String, Object>) CompanyId::parse),
                arguments("branch_id", (Function<String, Object>) BranchId::parse),
                arguments("service_id", (Function<String, Object>) ServiceId::parse),
                arguments("staff_id", (Function<String, Object>) StaffId::parse),
                arguments("phone_number_id", (Function<String, Object>) PhoneNumberId::parse),
                arguments("customer_id", (Function<String, Object>) CustomerId::parse),
                arguments("call_id", (Function<String, Object>) CallId::parse),
                arguments("appointment_id", (Function<String, Object>) AppointmentId::parse),
                arguments("webhook_event_id", (Function<String, Object>) WebhookEventId::parse));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("idTypes")
    void givenCanonicalUuidTextWhenParsedThenRoundTripsThroughToString(String field, Function<String, Object> parse) {
        Object id = parse.apply(UUID_TEXT);

        assertThat(id).hasToString(UUID_TEXT);
        assertThat(id).isEqualTo(parse.apply(" " + UUID_TEXT + " "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("idTypes")
    void givenNonUuidTextWhenParsedThenRejectedAsNotAUuid(String field, Function<String, Object> parse) {
        for (String text : new String[] {"not-a-uuid", "42", "' OR 1=1 --", "3f2b8c1e7d4a4e9ba1c20d5e6f7a8b9c"}) {
            assertThatThrownBy(() -> parse.apply(text))
                    .as(text)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("'" + field + "' must be a UUID")
                    .extracting(e -> ((InvalidValueException) e).field())
                    .isEqualTo(field);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("idTypes")
    void givenBlankOrOverlongTextWhenParsedThenRejectedForTheField(String field, Function<String, Object> parse) {
        assertThatThrownBy(() -> parse.apply(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be blank")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo(field);
        assertThatThrownBy(() -> parse.apply("  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> parse.apply(UUID_TEXT + "0"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 36 characters");
    }

    @Test
    void givenCompanyIdTextWhenParsedThenSameAsConstructedFromUuid() {
        assertThat(CompanyId.parse(UUID_TEXT)).isEqualTo(new CompanyId(UUID.fromString(UUID_TEXT)));
    }

    @Test
    void givenNullUuidWhenIdConstructedThenRejected() {
        assertThatThrownBy(() -> new CompanyId(null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("company_id");
    }

    @Test
    void givenTwoNewIdsWhenComparedThenDifferent() {
        assertThat(CompanyId.newId()).isNotEqualTo(CompanyId.newId());
    }
}
