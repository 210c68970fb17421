package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A keyset position in a list: the sort key of the last row shown and its id, handed out as
 * opaque base64url text of {@code "key|uuid"}.
 */
record Cursor(String key, UUID id) {

    static Cursor after(Instant key, UUID id) {
        return new Cursor(key.toString(), id);
    }

    /** Decodes a cursor handed out earlier; null for none; anything else is an {@link InvalidValueException}. */
    static Cursor parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = decoded.lastIndexOf('|');
            if (bar < 0) {
                throw invalid();
            }
            return new Cursor(decoded.substring(0, bar), UUID.fromString(decoded.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** A page from {@code rows} fetched with {@code limit + 1}: the extra row only tells that more follow. */
    static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(shown, position.apply(shown.get(limit - 1)).encode());
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("cursor", "is not a cursor this API handed out");
    }
}
