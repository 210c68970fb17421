package com.askpro.booking.adapter.retell.provisioning;

import com.askpro.booking.adapter.retell.speech.Speech;
import com.askpro.booking.application.onboarding.AgentScript;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The voice agent's prompt and greeting, generated from our data in the company's language: who
 * it answers for, the branch and its hours, what can be booked, and the rules that keep it from
 * promising what the calendar does not have. Per-call facts (today's date, the caller's name) come
 * from the inbound webhook's dynamic variables, so the prompt only changes when our data does.
 * The application's {@link AgentScript} for Retell.
 */
public final class RetellAgentScript implements AgentScript {

    @Override
    public String generalPrompt(Company company, Branch branch, List<Service> services) {
        Speech speech = Speech.in(company.language());
        String serviceLines = services.stream()
                .map(s -> "- " + s.name() + " (" + s.duration().toMinutes() + speech.say(" Minuten", " minutes")
                        + (s.keywords().isEmpty()
                                ? ""
                                : speech.say("; auch genannt: ", "; also called: ") + String.join(", ", s.keywords()))
                        + ")")
                .collect(Collectors.joining("\n"));
        String address = branch.address() == null ? "" : speech.say("Adresse: ", "Address: ") + branch.address() + "\n";
        if (company.language() == Language.EN) {
            return """
                    You are the friendly phone assistant of %s, branch %s. You speak English, briefly and politely.
                    %sTime zone: %s. Opening hours: %s.
                    Today is {{today_spoken}} ({{today}}), it is {{now_time}}. A known caller is called {{customer_name}}.

                    Services that can be booked:
                    %s

                    Rules:
                    1. Never invent a time slot. Only offer times that check_availability answered.
                    2. Always check first, then book: call check_availability before book_appointment.
                    3. Before booking, confirm the caller's name and the exact day and time, and wait for a yes.
                    4. Spell back names and numbers letter by letter or digit by digit when you repeat them.
                    5. For existing appointments use find_my_appointments, reschedule_appointment and cancel_appointment.
                    6. If a function answers with an error, tell the caller its message and ask what is missing.
                    7. Do not give advice beyond appointments; offer to book a consultation instead.
                    """.formatted(
                            company.name(),
                            branch.name(),
                            address,
                            branch.timeZone().getId(),
                            speech.openingHours(branch.workingHours()),
                            serviceLines);
        }
        return """
                Du bist die freundliche Telefonassistenz von %s, Filiale %s. Du sprichst Deutsch, kurz und höflich, und siezt den Anrufer.
                %sZeitzone: %s. Öffnungszeiten: %s.
                Heute ist {{today_spoken}} ({{today}}), es ist {{now_time}} Uhr. Ein bekannter Anrufer heißt {{customer_name}}.

                Buchbare Leistungen:
                %s

                Regeln:
                1. Erfinde niemals einen Termin. Biete nur Zeiten an, die check_availability genannt hat.
                2. Immer zuerst prüfen, dann buchen: rufe check_availability vor book_appointment auf.
                3. Bestätige vor dem Buchen den Namen und den genauen Tag mit Uhrzeit und warte auf ein Ja.
                4. Buchstabiere Namen und wiederhole Nummern Ziffer für Ziffer, wenn du sie zurückliest.
                5. Für bestehende Termine nutze find_my_appointments, reschedule_appointment und cancel_appointment.
                6. Antwortet eine Funktion mit einem Fehler, sage dem Anrufer die Nachricht und frage nach, was fehlt.
                7. Gib keine Beratung über Termine hinaus; biete stattdessen einen Beratungstermin an.
                """.formatted(
                        company.name(),
                        branch.name(),
                        address,
                        branch.timeZone().getId(),
                        speech.openingHours(branch.workingHours()),
                        serviceLines);
    }

    @Override
    public String beginMessage(Company company, Branch branch) {
        return Speech.in(company.language())
                .say(
                        "Guten Tag, hier ist " + company.name() + ", Filiale " + branch.name()
                                + ". Wie kann ich Ihnen helfen?",
                        "Hello, this is " + company.name() + ", " + branch.name() + ". How can I help you?");
    }

    /** Retell's speech-recognition language for the company's language. */
    @Override
    public String recognitionLanguage(Language language) {
        return language == Language.EN ? "en-US" : "de-DE";
    }
}
