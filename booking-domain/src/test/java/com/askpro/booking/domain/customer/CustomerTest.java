package com.askpro.booking.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestAppointments;
import com.askpro.booking.domain.testdata.TestInstants;
import com.askpro.booking.domain.testdata.TestPhoneNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

    private static Customer customer(String name, String email) {
        return Customer.register(
                TestAppointments.CUSTOMER_ID,
                DemoTenant.COMPANY_ID,
                TestPhoneNumbers.CALLER,
                name,
                email,
                TestInstants.NOW);
    }

    @Test
    void givenCallerWithoutNameOrEmailWhenRegisteredThenOnlyPhoneKnown() {
        Customer unknown = customer(null, " ");

        assertThat(unknown.knownName()).isEmpty();
        assertThat(unknown.email()).isNull();
        assertThat(unknown.phone()).isEqualTo(TestPhoneNumbers.CALLER);
        assertThat(unknown.createdAt()).isEqualTo(TestInstants.NOW);
    }

    @Test
    void givenPaddedNameAndEmailWhenRegisteredThenStripped() {
        Customer maria = customer("  Maria Schmidt ", " maria@example.de ");

        assertThat(maria.knownName()).contains("Maria Schmidt");
        assertThat(maria.email()).isEqualTo("maria@example.de");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maria",
                "maria@",
                "@example.de",
                "maria@example",
                "maria schmidt@example.de",
                "maria@@example.de",
                "maria@example.de; drop table customers"
            })
    void givenMalformedEmailWhenRegisteredThenRejectedForEmail(String email) {
        assertThatThrownBy(() -> customer("Maria", email))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not an e-mail address")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@example.de", "m.schmidt+salon@mail.example.co.uk", "ÄÖÜ@umlaut.de"})
    void givenPlausibleEmailWhenRegisteredThenAccepted(String email) {
        assertThat(customer("Maria", email).email()).isEqualTo(email);
    }

    @Test
    void givenMissingPhoneWhenRegisteredThenRejected() {
        assertThatThrownBy(() -> Customer.register(
                        CustomerId.newId(), DemoTenant.COMPANY_ID, null, "Maria", null, TestInstants.NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("phone");
    }

    @Test
    void givenAnonymousCustomerWhenIntroducingThemselvesThenNameAndEmailTaken() {
        Transition<Customer> result = customer(null, null).introduce("Maria", "maria@example.de");

        assertThat(result).isInstanceOf(Transition.Applied.class);
        assertThat(result.state().knownName()).contains("Maria");
        assertThat(result.state().email()).isEqualTo("maria@example.de");
        assertThat(result.state().id()).isEqualTo(TestAppointments.CUSTOMER_ID);
    }

    @Test
    void givenKnownCustomerWhenGivingANewNameThenNameReplacedEmailKept() {
        Transition<Customer> result = customer("Maria", "maria@example.de").introduce("Maria Schmidt", null);

        assertThat(result.changed()).isTrue();
        assertThat(result.state().name()).isEqualTo("Maria Schmidt");
        assertThat(result.state().email()).isEqualTo("maria@example.de");
    }

    @Test
    void givenKnownCustomerWhenSayingNothingNewOrTheSameAgainThenIgnored() {
        Customer maria = customer("Maria", "maria@example.de");

        assertThat(maria.introduce(null, " ")).isEqualTo(Transition.ignored(maria, "nothing new"));
        assertThat(maria.introduce(" Maria ", "maria@example.de")).isInstanceOf(Transition.Ignored.class);
    }

    @Test
    void givenKnownCustomerWhenIntroducingWithBadEmailThenRejected() {
        assertThatThrownBy(() -> customer("Maria", null).introduce("Maria", "not-an-email"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("email");
    }
}
