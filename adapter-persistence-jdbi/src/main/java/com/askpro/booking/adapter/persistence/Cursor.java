package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Text;
import com.askpro.booking.domain.tenant.Company;
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

    /** Longest sort key: a company name (the longest key there is). */
    static final int MAX_KEY = Company.MAX_NAME;

    static Cursor after(Instant key, UUID id) {
        return new Cursor(key.toString(), id);
    }

    /**
     * Decodes a cursor handed out earlier; null for none. Only the exact text {@link #encode} makes is
     * accepted (canonical unpadded base64url of {@code "key|uuid"}, the key clean one-line text of at most
     * {@value #MAX_KEY} characters); anything else is an {@link InvalidValueException}.
     */
    static Cursor parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            String decoded = Text.utf8("cursor", Base64.getUrlDecoder().decode(text));
            int bar = decoded.lastIndexOf('|');
            if (bar < 1) {
                throw invalid();
            }
            String key = decoded.substring(0, bar);
            if (key.length() > MAX_KEY || Text.problem(key, false).isPresent()) {
                throw invalid();
            }
            Cursor cursor = new Cursor(key, UUID.fromString(decoded.substring(bar + 1)));
            if (!cursor.encode().equals(text)) {
                throw invalid();
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    Instant instantKey() {
        try {
            Instant instant = Require.plausible("cursor", Instant.parse(key));
            if (!instant.toString().equals(key)) {
                throw invalid(); // we issue Instant.toString(), nothing else
            }
            return instant;
        } catch (DateTimeParseException | InvalidValueException e) {
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
