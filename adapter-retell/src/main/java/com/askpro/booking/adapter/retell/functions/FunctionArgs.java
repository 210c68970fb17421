package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.adapter.retell.speech.Speech;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code args} of a function call with typed, validating getters. A missing or malformed
 * argument is an {@link InvalidArgumentException} whose spoken text tells the agent what to ask.
 */
final class FunctionArgs {

    private static final int MAX_TEXT = 500;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final Map<String, Object> values;
    private final Speech speech;

    FunctionArgs(Map<String, Object> values, Speech speech) {
        this.values = values == null ? Map.of() : values;
        this.speech = speech;
    }

    String requiredText(String name, String spokenName) {
        return optionalText(name)
                .orElseThrow(() -> new InvalidArgumentException(
                        name,
                        "is required",
                        speech.say("Mir fehlt noch " + spokenName + ".", "I still need " + spokenName + ".")));
    }

    Optional<String> optionalText(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw new InvalidArgumentException(
                    name,
                    "must be text",
                    speech.say(
                            "Die Angabe " + name + " habe ich nicht verstanden.",
                            "I did not understand the " + name + "."));
        }
        String text = value.toString().strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidArgumentException(
                    name,
                    "is longer than " + MAX_TEXT + " characters",
                    speech.say("Die Angabe " + name + " ist zu lang.", "The " + name + " is too long."));
        }
        if (Text.problem(text, true).isPresent()) {
            throw new InvalidArgumentException(
                    name,
                    "must not contain control characters or broken characters",
                    speech.say(
                            "Die Angabe " + name + " habe ich nicht verstanden.",
                            "I did not understand the " + name + "."));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A local date {@code YYYY-MM-DD}. */
    Optional<LocalDate> optionalDate(String name) {
        return optionalText(name).map(text -> {
            try {
                return Require.plausible(name, LocalDate.parse(text));
            } catch (DateTimeParseException | InvalidValueException e) {
                throw new InvalidArgumentException(
                        name,
                        "must be a date as YYYY-MM-DD",
                        speech.say("Welches Datum meinen Sie genau?", "Which date exactly do you mean?"));
            }
        });
    }

    LocalDate requiredDate(String name) {
        return optionalDate(name)
                .orElseThrow(() -> new InvalidArgumentException(
                        name,
                        "is required",
                        speech.say("An welchem Tag möchten Sie kommen?", "Which day would you like to come?")));
    }

    /** A local time {@code HH:mm}. */
    Optional<LocalTime> optionalTime(String name) {
        return optionalText(name).map(text -> {
            try {
                return LocalTime.parse(text, HH_MM);
            } catch (DateTimeParseException e) {
                throw new InvalidArgumentException(
                        name, "must be a time as HH:mm", speech.say("Um wie viel Uhr genau?", "At what time exactly?"));
            }
        });
    }

    LocalTime requiredTime(String name) {
        return optionalTime(name)
                .orElseThrow(() -> new InvalidArgumentException(
                        name,
                        "is required",
                        speech.say("Um wie viel Uhr möchten Sie kommen?", "At what time would you like to come?")));
    }
}
