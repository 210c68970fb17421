package com.askpro.booking.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure parts of the insights: how names are matched and how a conversion is rounded. */
class DashboardChartsAndSearchTest {

    private static boolean found(String name, String query) {
        return DashboardSearch.matches(
                DashboardSearch.normalized(name),
                DashboardSearch.normalized(query).split(" "));
    }

    @Test
    void namesMatchIgnoringCaseAccentsAndPunctuationWhenEveryWordOccurs() {
        assertThat(found("Anna Müller", "müller")).isTrue();
        assertThat(found("Anna Müller", "MULLER")).isTrue();
        assertThat(found("Anna Müller", "anna m")).isTrue();
        assertThat(found("Jörg-Peter Groß", "gross peter")).isTrue();
        assertThat(found("Zoë O'Neil", "zoe oneil")).isFalse(); // the apostrophe splits the word
        assertThat(found("Zoë O'Neil", "zoe neil")).isTrue();
        assertThat(found("Anna Müller", "anna schmidt")).isFalse();
        assertThat(found("Ben", "benjamin")).isFalse();
    }

    @Test
    void conversionIsRoundedToWholePercentAndZeroWithoutCalls() {
        assertThat(DashboardCharts.percent(0, 0)).isZero();
        assertThat(DashboardCharts.percent(1, 3)).isEqualTo(33);
        assertThat(DashboardCharts.percent(2, 3)).isEqualTo(67);
        assertThat(DashboardCharts.percent(5, 5)).isEqualTo(100);
    }
}
