package com.askpro.booking.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Language;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Keeps the shared demo fixture true to SPEC §5.2, since other modules' tests rely on it. */
class DemoTenantTest {

    private final DemoTenant demo = DemoTenant.create();

    @Test
    void givenDemoTenantWhenReadThenMatchesTheSpec() {
        assertThat(demo.company().name()).isEqualTo("Demo Salon");
        assertThat(demo.company().country()).isEqualTo("DE");
        assertThat(demo.company().language()).isEqualTo(Language.DE);
        assertThat(demo.company().usesCalcom()).as("built-in calendar").isFalse();
        assertThat(demo.branch().name()).isEqualTo("Berlin Mitte");
        assertThat(demo.branch().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(demo.branch().companyId()).isEqualTo(demo.company().id());
        assertThat(demo.phoneNumber().number()).isEqualTo(PhoneNumber.parse("+49 30 83793369"));
        assertThat(demo.phoneNumber().branchId()).isEqualTo(demo.branch().id());
        assertThat(demo.phoneNumber().tenant()).isEqualTo(demo.tenant());
        assertThat(demo.services()).extracting(s -> s.name()).containsExactly("Haarschnitt", "Färben", "Beratung");
        assertThat(demo.services())
                .allSatisfy(
                        s -> assertThat(s.companyId()).isEqualTo(demo.company().id()));
        assertThat(demo.staff())
                .allSatisfy(
                        s -> assertThat(s.branchId()).isEqualTo(demo.branch().id()));
    }

    @Test
    void givenTwoCreationsWhenComparedThenEqual() {
        assertThat(DemoTenant.create()).isEqualTo(demo);
    }

    @Test
    void givenSharedPhoneNumbersWhenParsedThenValidNumbers() {
        assertThat(PhoneNumber.parse(TestPhoneNumbers.CALLER.e164())).isEqualTo(TestPhoneNumbers.CALLER);
        assertThat(PhoneNumber.parse(TestPhoneNumbers.OTHER_CALLER.e164())).isEqualTo(TestPhoneNumbers.OTHER_CALLER);
        assertThat(PhoneNumber.parse(TestPhoneNumbers.DEMO_BRANCH.e164())).isEqualTo(TestPhoneNumbers.DEMO_BRANCH);
    }

    @Test
    void givenTestInstantsWhenConvertedThenBerlinSummerTime() {
        assertThat(TestInstants.berlin(TestInstants.MONDAY, "10:00")).isEqualTo(TestInstants.NOW);
        assertThat(TestInstants.MONDAY.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }
}
