package com.askpro.booking.application.port;

import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Outbound port: how the voice agent says dates, times, opening hours and service lists in a
 * company's language. The application decides what is said (the facts); the words live in the
 * voice-agent adapter that implements this.
 */
@FunctionalInterface
public interface Phrasebook {

    /** The phrases in {@code language} (null: the default language). */
    Phrases in(Language language);

    /** Speakable text for one language. */
    interface Phrases {

        /** A date, e.g. "Montag, 30. März". */
        String date(LocalDate date);

        /** A date with a time, e.g. "Montag, 30. März um 10:30 Uhr". */
        String dateTime(ZonedDateTime when);

        /** The weekly opening hours, closed days included. */
        String openingHours(WorkingHours hours);

        /** The services with their lengths. */
        String services(List<Service> services);

        /** A hotline's branches, each with its address, e.g. "Salon Kette Kreuzberg (Oranienstraße 12, 10999 Berlin) und …". */
        String branches(List<Branch> branches);

        /** What a hotline says for opening hours: they depend on the branch. */
        String hoursPerBranch();
    }
}
