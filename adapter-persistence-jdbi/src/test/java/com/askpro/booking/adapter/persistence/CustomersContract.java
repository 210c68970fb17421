package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the {@code Customers} port: one customer per tenant and phone number. */
abstract class CustomersContract extends PortsTest {

    @Test
    void addOrGetAnswersTheExistingCustomerOfANumber() {
        Fixtures t = Fixtures.create(persistence);
        Customer again = Customer.register(
                CustomerId.newId(),
                t.company().id(),
                t.customer().phone(),
                "Other",
                null,
                Fixtures.NOW.plusSeconds(60));

        assertThat(persistence.customers().addOrGet(t.tenant(), again)).isEqualTo(t.customer());
        assertThat(persistence.customers().findByPhone(t.tenant(), t.customer().phone()))
                .contains(t.customer());
        assertThat(persistence.customers().find(t.tenant(), again.id())).isEmpty();
    }

    @Test
    void concurrentFirstCallsFromOneNumberEndWithOneCustomer() throws Exception {
        Fixtures t = Fixtures.create(persistence);
        PhoneNumber caller = Fixtures.randomPhone();

        List<Customer> answers = Concurrently.run(
                20,
                i -> persistence
                        .customers()
                        .addOrGet(
                                t.tenant(),
                                Customer.register(
                                        CustomerId.newId(),
                                        t.company().id(),
                                        caller,
                                        "Caller " + i,
                                        null,
                                        Fixtures.NOW)));

        assertThat(answers.stream().map(Customer::id).distinct()).hasSize(1);
        onDatabase(db -> {
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM customers WHERE phone_hash = ?",
                            db.cipher().phoneHash(caller.e164())))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM customers WHERE phone = ?", caller.e164()))
                    .as("the number is stored encrypted")
                    .isZero();
        });
        assertThat(persistence.customers().findByPhone(t.tenant(), caller))
                .map(Customer::id)
                .contains(answers.get(0).id());
    }

    @Test
    void severalNumbersAreLookedUpInOneReadAndOnlyTheTenantsCustomersAnswer() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        PhoneNumber second = Fixtures.randomPhone();
        Customer another = persistence
                .customers()
                .addOrGet(
                        t.tenant(),
                        Customer.register(CustomerId.newId(), t.company().id(), second, "Ben", null, Fixtures.NOW));
        PhoneNumber unknown = Fixtures.randomPhone();

        var found = persistence
                .customers()
                .findByPhones(
                        t.tenant(),
                        List.of(
                                t.customer().phone(),
                                second,
                                unknown,
                                other.customer().phone()));

        assertThat(found).containsOnlyKeys(t.customer().phone(), second);
        assertThat(found.get(t.customer().phone())).isEqualTo(t.customer());
        assertThat(found.get(second)).isEqualTo(another);
        assertThat(persistence.customers().findByPhones(t.tenant(), List.of())).isEmpty();
    }

    @Test
    void updatesNameAndEmail() {
        Fixtures t = Fixtures.create(persistence);
        Customer introduced =
                t.customer().introduce("Erika Mustermann", "erika@example.org").orElseThrow();

        assertThat(persistence.customers().update(t.tenant(), introduced))
                .isEqualTo(new WriteOutcome.Written<>(introduced));
        assertThat(persistence.customers().find(t.tenant(), introduced.id())).contains(introduced);
    }

    @Test
    void listsNewestFirstInPages() {
        Fixtures t = Fixtures.create(persistence);
        List<Customer> added = new ArrayList<>(List.of(t.customer()));
        for (int i = 1; i <= 4; i++) {
            added.add(persistence
                    .customers()
                    .addOrGet(
                            t.tenant(),
                            Customer.register(
                                    CustomerId.newId(),
                                    t.company().id(),
                                    Fixtures.randomPhone(),
                                    null,
                                    null,
                                    Fixtures.NOW.plusSeconds(i % 2 == 0 ? 0 : 3600))));
        }
        List<Customer> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Customer> page = persistence.customers().list(t.tenant(), new PageRequest(2, cursor));
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added).doesNotHaveDuplicates();
        assertThat(seen).extracting(Customer::createdAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
