package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which branch a hotline caller means: names, districts, streets, postcodes; never a guess. */
class BranchMatcherTest {

    static final CompanyId COMPANY = CompanyId.newId();
    static final WorkingHours HOURS = WorkingHours.of(List.of(DayOfWeek.MONDAY), OpeningInterval.of("09:00", "18:00"));

    final BranchMatcher matcher = new BranchMatcher();
    final Branch mitte = branch("Salon Kette Mitte", "Torstraße 1, 10119 Berlin", List.of("Rosenthaler Platz"));
    final Branch kreuzberg =
            branch("Salon Kette Kreuzberg", "Oranienstraße 12, 10999 Berlin", List.of("Kotti", "SO 36"));
    final Branch charlottenburg =
            branch("Salon Kette Charlottenburg", "Kantstraße 50, 10625 Berlin", List.of("Savignyplatz"));
    final List<Branch> all = List.of(mitte, kreuzberg, charlottenburg);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kreuzberg",
                "KREUZBERG",
                "in Kreuzberg bitte",
                "Filiale Kreuzberg",
                "Kreutzberg",
                "Kotti",
                "Oranienstraße",
                "oranienstrasse",
                "Oranien",
                "10999",
                "die in der Oranienstr."
            })
    void givenWaysToSayKreuzbergWhenMatchedThenKreuzbergIsSelected(String spoken) {
        assertThat(matcher.match(spoken, all)).isEqualTo(new BranchMatcher.Match.Selected(kreuzberg));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Charlottenburg",
                "charlottenburg",
                "CHARLOTTENBURG",
                "CHARLOTTENBÜRG",
                "Charlottenbürg",
                "Charlottenbuerg",
                "Charlotenburg",
                "Scharlottenburg",
                "Charlottenbourg",
                "Charlottenburgh",
                "Kantstrasse",
                "Savignyplatz"
            })
    void givenUmlautAndTypoVariantsOfCharlottenburgWhenMatchedThenCharlottenburgIsSelected(String spoken) {
        assertThat(matcher.match(spoken, all)).isEqualTo(new BranchMatcher.Match.Selected(charlottenburg));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Berlin", "Salon Kette", "die Filiale in Berlin"})
    void givenWordsEveryBranchSharesWhenMatchedThenItIsAmbiguousWithAllOfThem(String spoken) {
        assertThat(matcher.match(spoken, all))
                .isEqualTo(new BranchMatcher.Match.Ambiguous(List.of(charlottenburg, kreuzberg, mitte)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Hamburg", "die Filiale", "Spandau", "12345", "ja"})
    void givenNothingThatNamesABranchWhenMatchedThenNothingIsFound(String spoken) {
        assertThat(matcher.match(spoken, all)).isEqualTo(new BranchMatcher.Match.NotFound());
    }

    @Test
    void givenNullWhenMatchedThenNothingIsFound() {
        assertThat(matcher.match(null, all)).isEqualTo(new BranchMatcher.Match.NotFound());
    }

    @Test
    void givenAnInactiveBranchWhenNamedThenItIsNeverChosen() {
        assertThat(matcher.match("Kreuzberg", List.of(mitte, kreuzberg.deactivated(), charlottenburg)))
                .isEqualTo(new BranchMatcher.Match.NotFound());
    }

    @Test
    void givenTwoBranchesInOneDistrictWhenOnlyTheDistrictIsSaidThenBothAreOfferedAndTheStreetDecides() {
        Branch west = branch("Kreuzberg West", "Bergmannstraße 5, 10961 Berlin", List.of());
        List<Branch> branches = List.of(kreuzberg, west);

        assertThat(matcher.match("Kreuzberg", branches)).isInstanceOf(BranchMatcher.Match.Ambiguous.class);
        assertThat(matcher.match("Kreuzberg Bergmannstraße", branches))
                .isEqualTo(new BranchMatcher.Match.Selected(west));
    }

    @Test
    void givenShortWordsWhenComparedThenOnlyExactMatchesOrPrefixesCount() {
        assertThat(BranchMatcher.similar("mitte", "mitte")).isTrue();
        assertThat(BranchMatcher.similar("mite", "mitte")).isFalse();
        assertThat(BranchMatcher.similar("mitt", "mitte")).isTrue();
        assertThat(BranchMatcher.similar("mit", "mitte")).isFalse();
        assertThat(BranchMatcher.similar("10999", "10998")).isFalse();
        assertThat(BranchMatcher.similar("kant", "kunst")).isFalse();
    }

    private static Branch branch(String name, String address, List<String> keywords) {
        return new Branch(
                BranchId.newId(),
                COMPANY,
                name,
                address,
                ZoneId.of("Europe/Berlin"),
                HOURS,
                Set.of(),
                true,
                keywords,
                AssignmentPolicy.EARLIEST);
    }
}
