package com.askpro.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingResourceTest {

    @Test
    void givenStaffResourceWhenKeyedThenStaffPrefixAndRoundTrips() {
        BookingResource anna = BookingResource.staff(DemoTenant.ANNA_ID);

        assertThat(anna.kind()).isEqualTo(BookingResource.Kind.STAFF);
        assertThat(anna.key()).isEqualTo("staff:d0000000-0000-4000-8000-000000000021");
        assertThat(anna).hasToString(anna.key());
        assertThat(BookingResource.parseKey(anna.key())).isEqualTo(anna);
    }

    @Test
    void givenBranchResourceWhenKeyedThenBranchPrefixAndRoundTrips() {
        BookingResource branch = BookingResource.branch(DemoTenant.BRANCH_ID);

        assertThat(branch.key()).isEqualTo("branch:d0000000-0000-4000-8000-000000000002");
        assertThat(BookingResource.parseKey(branch.key())).isEqualTo(branch);
    }

    @Test
    void givenStaffAndBranchWithTheSameUuidWhenKeyedThenDifferentResources() {
        BookingResource staff = new BookingResource(BookingResource.Kind.STAFF, DemoTenant.BRANCH_ID.value());
        BookingResource branch = BookingResource.branch(DemoTenant.BRANCH_ID);

        assertThat(staff).isNotEqualTo(branch);
        assertThat(staff.key()).isNotEqualTo(branch.key());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "staff",
                "staff:",
                ":d0000000-0000-4000-8000-000000000021",
                "room:d0000000-0000-4000-8000-000000000021",
                "staff:not-a-uuid",
                "staff d0000000-0000-4000-8000-000000000021",
                "d0000000-0000-4000-8000-000000000021"
            })
    void givenMalformedKeyWhenParsedThenRejectedWithTheExpectedShape(String key) {
        assertThatThrownBy(() -> BookingResource.parseKey(key))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("staff:<uuid>, branch:<uuid> or customer:<uuid>")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("resource");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void givenBlankKeyWhenParsedThenRejected(String key) {
        assertThatThrownBy(() -> BookingResource.parseKey(key))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be blank")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("resource");
    }

    @Test
    void givenOverlongKeyWhenParsedThenRejected() {
        assertThatThrownBy(() -> BookingResource.parseKey("staff:" + "a".repeat(60)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 64");
    }
}
