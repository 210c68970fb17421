package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.Locale;

/** The language the voice agent speaks for a company: German by default, or English. */
public enum Language {
    DE,
    EN;

    public static Language parse(String code) {
        if (code == null || code.isBlank()) {
            return DE;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("language", "must be 'de' or 'en'");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
