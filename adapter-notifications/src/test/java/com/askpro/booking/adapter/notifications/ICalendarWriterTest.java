package com.askpro.booking.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.askpro.booking.application.notification.CalendarInvite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant START = Instant.parse("2030-05-06T08:00:00Z");
    private static final Instant END = Instant.parse("2030-05-06T08:30:00Z");

    private static CalendarInvite invite(boolean cancel, int sequence, String summary, String description) {
        return new CalendarInvite(
                "a0000000-0000-4000-8000-000000000001@askpro-booking",
                sequence,
                cancel,
                START,
                END,
                summary,
                "Demo Salon, Berlin Mitte, Torstraße 1, 10119 Berlin",
                description,
                "Demo Salon",
                "termine@example.com",
                "Erika Muster",
                "erika@example.com",
                Instant.parse("2030-05-01T10:00:00Z"));
    }

    @Test
    void givenARequestWhenWrittenThenAnIndependentParserReadsUidSequenceUtcTimesAndSummary() {
        String ics = ICalendarWriter.write(invite(false, 2, "Haarschnitt – Demo Salon", "Leistung: Haarschnitt"));

        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getUid().getValue()).isEqualTo("a0000000-0000-4000-8000-000000000001@askpro-booking");
        assertThat(event.getSequence().getValue()).isEqualTo(2);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(START);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(END);
        assertThat(event.getSummary().getValue()).isEqualTo("Haarschnitt – Demo Salon");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("termine@example.com");
        assertThat(ics).contains("DTSTART:20300506T080000Z\r\n", "DTEND:20300506T083000Z\r\n");
    }

    @Test
    void givenACancellationWhenWrittenThenMethodCancelAndStatusCancelled() {
        String ics = ICalendarWriter.write(invite(true, 3, "Haarschnitt", null));

        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(calendar.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(calendar.getEvents().get(0).getSequence().getValue()).isEqualTo(3);
    }

    @Test
    void
            givenTextWithSeparatorsLineBreaksAndUmlautsWhenWrittenThenEscapedFoldedAtSeventyFiveOctetsAndReadBackExactly() {
        String description = "Wo: Demo Salon; Berlin, Mitte\nBei: Anna \\ Ben\n" + "Füße und Größe ".repeat(20);

        String ics = ICalendarWriter.write(invite(false, 0, "Färben, Schnitt; Föhnen", description));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
        VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Färben, Schnitt; Föhnen");
        assertThat(event.getDescription().getValue()).isEqualTo(description);
    }

    @Test
    void givenAQuoteInANameWhenWrittenThenTheParameterStaysQuotedAndParseable() {
        CalendarInvite invite = new CalendarInvite(
                "uid-1",
                0,
                false,
                START,
                END,
                "x",
                null,
                null,
                "Salon \"Chic\"",
                "termine@example.com",
                null,
                "erika@example.com",
                START);

        String ics = ICalendarWriter.write(invite);

        assertThat(ics).contains("ORGANIZER;CN=\"Salon 'Chic'\":mailto:termine@example.com");
        assertThat(Biweekly.parse(ics).first().getEvents().get(0).getOrganizer().getCommonName())
                .isEqualTo("Salon 'Chic'");
    }
}
