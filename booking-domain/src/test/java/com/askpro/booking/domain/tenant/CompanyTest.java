package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestTenants;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyTest {

    @Test
    void givenNoCountryWhenCreatedThenGermanyWithDefaultPolicyActiveAndNoCalcom() {
        Company company = Company.create(CompanyId.newId(), "Salon", null, DemoTenant.ZONE, Language.DE);

        assertThat(company.country()).isEqualTo("DE");
        assertThat(company.bookingPolicy()).isEqualTo(BookingPolicy.DEFAULT);
        assertThat(company.active()).isTrue();
        assertThat(company.usesCalcom()).isFalse();
        assertThat(company.calcomKey()).isEmpty();
    }

    @Test
    void givenLowerCaseCountryWhenCreatedThenUpperCased() {
        assertThat(Company.create(CompanyId.newId(), "Salon", "at", DemoTenant.ZONE, Language.DE)
                        .country())
                .isEqualTo("AT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "QQ", "D1", "DEU", "Germany", " "})
    void givenUnknownCountryWhenCreatedThenRejectedForCountry(String country) {
        assertThatThrownBy(() -> Company.create(CompanyId.newId(), "Salon", country, DemoTenant.ZONE, Language.DE))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("country");
    }

    @Test
    void givenUnknownTwoLetterCountryWhenCreatedThenMessageGivesAnExample() {
        assertThatThrownBy(() -> Company.create(CompanyId.newId(), "Salon", "XX", DemoTenant.ZONE, Language.DE))
                .hasMessageContaining("ISO 3166 alpha-2 code such as DE");
    }

    @Test
    void givenCalcomKeyWhenPrintedThenKeyIsNotShownButItsPresenceIs() {
        Company company = TestTenants.demoSalonWithCalcom();

        assertThat(company.usesCalcom()).isTrue();
        assertThat(company.calcomKey()).contains("cal_live_secret_key_123");
        assertThat(company.toString())
                .doesNotContain("cal_live_secret_key_123")
                .contains("Demo Salon")
                .contains("calcom key set");
        assertThat(TestTenants.demoSalon().company().toString()).doesNotContain("calcom");
    }

    @Test
    void givenBlankCalcomKeyWhenSetThenNoCalcom() {
        assertThat(TestTenants.demoSalon().company().withCalcomKey("  ").usesCalcom())
                .isFalse();
    }

    @Test
    void givenCompanyWhenChangedThenOnlyTheChangedPartDiffers() {
        Company demo = TestTenants.demoSalon().company();
        BookingPolicy strict = new BookingPolicy(Duration.ofHours(24), 30, Duration.ofMinutes(30));

        assertThat(demo.renamed("Salon Neu").name()).isEqualTo("Salon Neu");
        assertThat(demo.renamed("Salon Neu").id()).isEqualTo(demo.id());
        assertThat(demo.withBookingPolicy(strict).bookingPolicy()).isEqualTo(strict);
        assertThat(demo.deactivated().active()).isFalse();
        assertThat(demo.deactivated().name()).isEqualTo("Demo Salon");
        assertThatThrownBy(() -> demo.renamed(""))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("name");
    }
}
