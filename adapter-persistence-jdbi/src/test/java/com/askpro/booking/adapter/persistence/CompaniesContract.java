package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the {@code Companies} port. */
abstract class CompaniesContract extends PortsTest {

    @Test
    void storesFindsAndUpdatesACompany() {
        Company company = persistence
                .companies()
                .add(new Company(
                        CompanyId.newId(),
                        "Praxis Dr. Müller",
                        "AT",
                        ZoneId.of("Europe/Vienna"),
                        Language.EN,
                        new BookingPolicy(Duration.ofMinutes(90), 30, Duration.ofMinutes(20)),
                        "cal_live_secret",
                        true,
                        30));

        assertThat(persistence.companies().find(company.id())).contains(company);

        Company changed = company.renamed("Praxis Müller & Partner")
                .withCalcomKey(null)
                .withRetentionDays(45)
                .deactivated();
        assertThat(persistence.companies().update(changed)).isEqualTo(new WriteOutcome.Written<>(changed));
        assertThat(persistence.companies().find(company.id())).contains(changed);
    }

    @Test
    void updatingAnUnknownCompanyIsNotFoundAndFindingItAnswersEmpty() {
        Company unknown = Company.create(CompanyId.newId(), "Nobody", "DE", ZoneId.of("Europe/Berlin"), Language.DE);

        assertThat(persistence.companies().update(unknown)).isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence.companies().find(unknown.id())).isEmpty();
    }

    @Test
    void listsAllCompaniesByNameInPages() {
        String prefix = "Page " + CompanyId.newId().value().toString().substring(0, 6) + " ";
        List<Company> added = new ArrayList<>();
        for (String name : List.of("c", "a", "b", "a")) {
            added.add(persistence
                    .companies()
                    .add(Company.create(
                            CompanyId.newId(), prefix + name, "DE", ZoneId.of("Europe/Berlin"), Language.DE)));
        }
        List<Company> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Company> page = persistence.companies().list(new PageRequest(3, cursor));
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        List<Company> ours =
                seen.stream().filter(c -> c.name().startsWith(prefix)).toList();
        assertThat(ours).containsExactlyInAnyOrderElementsOf(added);
        assertThat(ours).extracting(Company::name).isSorted();
        assertThat(seen).doesNotHaveDuplicates();
    }

    @Test
    void anInvalidCursorIsAnInvalidValue() {
        assertThatThrownBy(() -> persistence.companies().list(new PageRequest(3, "%%%")))
                .isInstanceOf(InvalidValueException.class);
    }
}
