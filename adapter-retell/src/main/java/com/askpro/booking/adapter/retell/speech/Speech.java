package com.askpro.booking.adapter.retell.speech;

import com.askpro.booking.application.port.Phrasebook;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns dates, times, opening hours and service lists into text the voice agent can say, in the
 * company's language (German by default, English). The words of Retell's voice agent: the function
 * replies, the inbound call's dynamic variables and the agent prompt are said with it; it is the
 * application's {@link Phrasebook} ({@code Speech::in}).
 */
public final class Speech implements Phrasebook.Phrases {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Language language;
    private final Locale locale;

    private Speech(Language language) {
        this.language = language;
        this.locale = language == Language.EN ? Locale.ENGLISH : Locale.GERMAN;
    }

    public static Speech in(Language language) {
        return new Speech(language == null ? Language.DE : language);
    }

    public boolean english() {
        return language == Language.EN;
    }

    /** Picks the German or the English text. */
    public String say(String german, String english) {
        return english() ? english : german;
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** "Montag, 30. März" / "Monday, 30 March". */
    @Override
    public String date(LocalDate date) {
        return weekday(date.getDayOfWeek()) + ", " + date.getDayOfMonth() + (english() ? " " : ". ")
                + date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    /** "10:30 Uhr" / "10:30". */
    public String time(LocalTime time) {
        return HH_MM.format(time) + say(" Uhr", "");
    }

    /** "Montag, 30. März um 10:30 Uhr" / "Monday, 30 March at 10:30". */
    @Override
    public String dateTime(ZonedDateTime when) {
        return date(when.toLocalDate()) + say(" um ", " at ") + time(when.toLocalTime());
    }

    /** "Montag bis Freitag 09:00 bis 18:00 Uhr, Samstag 10:00 bis 14:00 Uhr, Sonntag geschlossen". */
    @Override
    public String openingHours(WorkingHours hours) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            List<OpeningInterval> intervals = hours.on(days[i]);
            int j = i;
            while (j + 1 < days.length && hours.on(days[j + 1]).equals(intervals)) {
                j++;
            }
            String range = i == j ? weekday(days[i]) : weekday(days[i]) + say(" bis ", " to ") + weekday(days[j]);
            parts.add(range + " " + intervals(intervals));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** "Haarschnitt (30 Minuten), Färben (90 Minuten) und Beratung (15 Minuten)". */
    @Override
    public String services(List<Service> services) {
        List<String> names = services.stream()
                .map(s -> s.name() + " (" + s.duration().toMinutes() + say(" Minuten)", " minutes)"))
                .toList();
        return list(names);
    }

    /** "Salon Kette Kreuzberg (Oranienstraße 12, 10999 Berlin) und Salon Kette Mitte": a hotline's branches. */
    @Override
    public String branches(List<Branch> branches) {
        return list(branches.stream().map(Speech::branch).toList());
    }

    @Override
    public String hoursPerBranch() {
        return say("je nach Filiale", "depending on the branch");
    }

    /** A branch as spoken: its name, and its address when it has one. */
    public static String branch(Branch branch) {
        return branch.address() == null
                ? branch.name()
                : branch.name() + " (" + branch.address().replaceAll("\\s+", " ") + ")";
    }

    /** Joins with commas and a final "und" / "and". */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return say("nichts", "nothing");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + say(" und ", " and ")
                + items.get(items.size() - 1);
    }

    private String intervals(List<OpeningInterval> intervals) {
        if (intervals.isEmpty()) {
            return say("geschlossen", "closed");
        }
        return list(intervals.stream()
                .map(iv -> HH_MM.format(iv.from()) + say(" bis ", " to ") + HH_MM.format(iv.to()) + say(" Uhr", ""))
                .toList());
    }
}
