package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import org.junit.jupiter.api.Test;

/** Contract of the {@code PhoneNumbers} port: numbers are unique across all tenants. */
abstract class PhoneNumbersContract extends PortsTest {

    @Test
    void addsFindsListsAndRemovesANumber() {
        Fixtures t = Fixtures.create(persistence);
        BranchPhoneNumber number = new BranchPhoneNumber(
                PhoneNumberId.newId(), t.company().id(), t.branch().id(), PhoneNumber.parse("030 83793369", "DE"));

        assertThat(persistence.phoneNumbers().add(t.tenant(), number)).isEqualTo(new WriteOutcome.Written<>(number));
        assertThat(persistence.phoneNumbers().find(t.tenant(), number.id())).contains(number);
        assertThat(persistence.phoneNumbers().list(t.tenant())).containsExactly(number);

        assertThat(persistence.phoneNumbers().remove(t.tenant(), number.id()))
                .isEqualTo(new WriteOutcome.Written<>(number));
        assertThat(persistence.phoneNumbers().remove(t.tenant(), number.id())).isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence.phoneNumbers().list(t.tenant())).isEmpty();
    }

    @Test
    void aNumberOwnedByAnyTenantAlreadyExists() {
        Fixtures first = Fixtures.create(persistence);
        Fixtures second = Fixtures.create(persistence);
        PhoneNumber dialled = Fixtures.randomPhone();
        persistence
                .phoneNumbers()
                .add(
                        first.tenant(),
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(),
                                first.company().id(),
                                first.branch().id(),
                                dialled))
                .orElseThrow();

        assertThat(persistence
                        .phoneNumbers()
                        .add(
                                second.tenant(),
                                new BranchPhoneNumber(
                                        PhoneNumberId.newId(),
                                        second.company().id(),
                                        second.branch().id(),
                                        dialled)))
                .isInstanceOf(WriteOutcome.AlreadyExists.class);
        assertThat(persistence.phoneNumbers().list(second.tenant())).isEmpty();
    }
}
