package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestTenants;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceTest {

    private static Service withDuration(Duration duration) {
        return Service.offer(ServiceId.newId(), DemoTenant.COMPANY_ID, null, "Haarschnitt", duration, null, List.of());
    }

    private static Service withBuffer(Duration buffer) {
        return Service.offer(
                ServiceId.newId(),
                DemoTenant.COMPANY_ID,
                null,
                "Haarschnitt",
                Duration.ofMinutes(30),
                buffer,
                List.of());
    }

    @Test
    void givenDemoServicesWhenReadThenAsInTheSpec() {
        DemoTenant demo = TestTenants.demoSalon();

        assertThat(demo.haarschnitt().duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(demo.haarschnitt().keywords()).containsExactly("schneiden", "haare", "frisur");
        assertThat(demo.faerben().name()).isEqualTo("Färben");
        assertThat(demo.faerben().duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(demo.beratung().duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(demo.services())
                .allSatisfy(s -> assertThat(s.isCompanyWide()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -60, 30, 90, 24 * 3600 + 60})
    void givenDurationNotWholePositiveMinutesUpToADayWhenOfferedThenRejected(long seconds) {
        assertThatThrownBy(() -> withDuration(Duration.ofSeconds(seconds)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("duration_minutes");
    }

    @Test
    void givenOneDayDurationWhenOfferedThenAccepted() {
        assertThat(withDuration(Duration.ofDays(1)).duration()).isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest
    @ValueSource(longs = {-60, 30, 8 * 3600 + 60})
    void givenBadBufferWhenOfferedThenRejected(long seconds) {
        assertThatThrownBy(() -> withBuffer(Duration.ofSeconds(seconds)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("buffer_minutes");
    }

    @Test
    void givenNoBufferWhenOfferedThenZero() {
        assertThat(withBuffer(null).buffer()).isEqualTo(Duration.ZERO);
    }

    @Test
    void givenKeywordsWhenOfferedThenStrippedAndBlankOnesRejected() {
        Service service = Service.offer(
                ServiceId.newId(),
                DemoTenant.COMPANY_ID,
                null,
                "Färben",
                Duration.ofMinutes(90),
                null,
                List.of(" farbe ", "tönung"));
        assertThat(service.keywords()).containsExactly("farbe", "tönung");

        assertThatThrownBy(() -> Service.offer(
                        ServiceId.newId(),
                        DemoTenant.COMPANY_ID,
                        null,
                        "Färben",
                        Duration.ofMinutes(90),
                        null,
                        List.of("farbe", " ")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("keywords");
        assertThatThrownBy(() -> Service.offer(
                        ServiceId.newId(),
                        DemoTenant.COMPANY_ID,
                        null,
                        "Färben",
                        Duration.ofMinutes(90),
                        null,
                        Arrays.asList("farbe", null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not contain null");
    }

    @Test
    void givenMoreThanFiftyKeywordsWhenOfferedThenRejected() {
        List<String> many = IntStream.rangeClosed(1, 51).mapToObj(i -> "k" + i).toList();

        assertThatThrownBy(() -> Service.offer(
                        ServiceId.newId(), DemoTenant.COMPANY_ID, null, "X", Duration.ofMinutes(5), null, many))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 50");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -7})
    void givenNonPositiveCalcomEventTypeWhenCreatedThenRejected(long eventTypeId) {
        assertThatThrownBy(() -> new Service(
                        ServiceId.newId(),
                        DemoTenant.COMPANY_ID,
                        null,
                        "X",
                        Duration.ofMinutes(5),
                        null,
                        List.of(),
                        eventTypeId,
                        true))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("calcom_event_type_id");
    }

    @Test
    void givenBranchSpecificServiceWhenAskedWhereOfferedThenOnlyAtThatBranch() {
        Service local = Service.offer(
                ServiceId.newId(),
                DemoTenant.COMPANY_ID,
                DemoTenant.BRANCH_ID,
                "Bart",
                Duration.ofMinutes(20),
                null,
                List.of());

        assertThat(local.isCompanyWide()).isFalse();
        assertThat(local.branch()).contains(DemoTenant.BRANCH_ID);
        assertThat(local.isOfferedAt(DemoTenant.BRANCH_ID)).isTrue();
        assertThat(local.isOfferedAt(TestTenants.OTHER_BRANCH_ID)).isFalse();
    }

    @Test
    void givenCompanyWideServiceWhenDeactivatedThenOfferedNowhere() {
        Service haarschnitt = TestTenants.demoSalon().haarschnitt();

        assertThat(haarschnitt.isOfferedAt(TestTenants.OTHER_BRANCH_ID)).isTrue();
        assertThat(haarschnitt.deactivated().isOfferedAt(DemoTenant.BRANCH_ID)).isFalse();
        assertThat(haarschnitt.deactivated().active()).isFalse();
    }
}
