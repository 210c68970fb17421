package com.askpro.booking.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceSelectorTest {

    static final CompanyId COMPANY = CompanyId.newId();
    static final BranchId MITTE = BranchId.newId();

    final ServiceSelector selector = new ServiceSelector();
    final Service haircut = companyWide("Haarschnitt", "schneiden", "haare", "frisur");
    final Service colouring = companyWide("Färben", "farbe", "färben", "tönung");
    final Service consultation = companyWide("Beratung");
    final List<Service> demo = List.of(haircut, colouring, consultation);

    @ParameterizedTest
    @CsvSource({
        "farben, Färben",
        "FÄRBEN, Färben",
        "Faerben, Färben",
        "färben, Färben",
        "Tönung, Färben",
        "toenung, Färben",
        "Haarschnitt, Haarschnitt",
        "haarschnitt, Haarschnitt",
        "'  HAARSCHNITT!  ', Haarschnitt",
        "ich möchte mir die Haare schneiden lassen, Haarschnitt",
        "eine neue Frisur, Haarschnitt",
        "Beratung, Beratung",
        "eine beratung bitte, Beratung",
        "haarschn, Haarschnitt"
    })
    void givenWhatACallerSaidWhenSelectingThenTheMeantServiceIsFound(String spoken, String expected) {
        assertThat(selector.select(spoken, MITTE, demo))
                .isInstanceOfSatisfying(
                        ServiceSelection.Selected.class,
                        s -> assertThat(s.service().name()).isEqualTo(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Maniküre", "xy", "'; DROP TABLE services; --"})
    void givenWordsThatMatchNothingWhenSelectingThenNotFoundWithWhatIsOffered(String spoken) {
        assertThat(selector.select(spoken, MITTE, demo))
                .isInstanceOfSatisfying(
                        ServiceSelection.NotFound.class,
                        n -> assertThat(n.offered()).containsExactlyElementsOf(demo));
    }

    @Test
    void givenABranchServiceAndACompanyServiceOfTheSameNameWhenSelectingThenTheBranchServiceWins() {
        Service local = Service.offer(
                ServiceId.newId(), COMPANY, MITTE, "Haarschnitt", Duration.ofMinutes(45), null, List.of());

        assertThat(selector.select("haarschnitt", MITTE, List.of(haircut, local)))
                .isEqualTo(new ServiceSelection.Selected(local));
    }

    @Test
    void givenAnExactCompanyWideNameAndAPartialBranchNameWhenSelectingThenTheExactNameWins() {
        Service kids = Service.offer(
                ServiceId.newId(), COMPANY, MITTE, "Haarschnitt Kinder", Duration.ofMinutes(20), null, List.of());

        assertThat(selector.select("Haarschnitt", MITTE, List.of(kids, haircut)))
                .isEqualTo(new ServiceSelection.Selected(haircut));
    }

    @Test
    void givenTwoServicesMatchingEquallyWellWhenSelectingThenAmbiguousWithBoth() {
        Service women = companyWide("Haarschnitt Damen");
        Service men = companyWide("Haarschnitt Herren");

        assertThat(selector.select("haarschnitt", MITTE, List.of(women, men, consultation)))
                .isInstanceOfSatisfying(
                        ServiceSelection.Ambiguous.class,
                        a -> assertThat(a.candidates()).containsExactly(women, men));
    }

    @Test
    void givenServicesOfAnotherBranchOrInactiveOnesWhenSelectingThenTheyAreNotBookable() {
        Service elsewhere = Service.offer(
                ServiceId.newId(), COMPANY, BranchId.newId(), "Bart", Duration.ofMinutes(20), null, List.of());
        Service retired = companyWide("Dauerwelle").deactivated();

        assertThat(selector.select("Bart", MITTE, List.of(elsewhere, retired, consultation)))
                .isEqualTo(new ServiceSelection.NotFound(List.of(consultation)));
        assertThat(selector.select("Dauerwelle", MITTE, List.of(elsewhere, retired, consultation)))
                .isEqualTo(new ServiceSelection.NotFound(List.of(consultation)));
    }

    @ParameterizedTest
    @CsvSource({"Färben, farben", "Straße, strasse", "  Tönung!!, tonung", "Haare, haare", "Café-Besuch, cafe besuch"})
    void givenTextWhenNormalizingThenCaseUmlautsAndPunctuationAreFolded(String text, String expected) {
        assertThat(ServiceSelector.normalize(text)).isEqualTo(expected);
    }

    private static Service companyWide(String name, String... keywords) {
        return Service.offer(ServiceId.newId(), COMPANY, null, name, Duration.ofMinutes(30), null, List.of(keywords));
    }
}
