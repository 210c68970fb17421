package com.askpro.booking.application.admin;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Text;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Pages a small list that a port answers whole (a tenant's branches, services, staff, numbers) the
 * same way the database pages large ones: ordered by a unique sort key, with an opaque cursor.
 */
final class ListPages {

    /** Longest name a sort key starts with (the names of the value objects). */
    private static final int MAX_NAME = 200;

    private ListPages() {}

    /** {@code sortKey} must be unique per item, e.g. name plus id. */
    static <T> Page<T> page(List<T> items, Function<T, String> sortKey, PageRequest request) {
        String after = request.cursor() == null ? null : decode(request.cursor());
        List<T> remaining = items.stream()
                .sorted(Comparator.comparing(sortKey))
                .filter(item -> after == null || sortKey.apply(item).compareTo(after) > 0)
                .toList();
        if (remaining.size() <= request.limit()) {
            return new Page<>(remaining, null);
        }
        List<T> shown = remaining.subList(0, request.limit());
        return new Page<>(shown, encode(sortKey.apply(shown.get(shown.size() - 1))));
    }

    /** The usual sort key: a name, then the id to break ties. */
    static String byName(String name, Object id) {
        return name + "\u0000" + id;
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Only a cursor {@link #encode} could have made: canonical unpadded base64url of strict UTF-8 text
     * {@code <one-line name of at most 200 characters> NUL <uuid>}. Anything else is refused.
     */
    private static String decode(String cursor) {
        try {
            String key = Text.utf8("cursor", Base64.getUrlDecoder().decode(cursor));
            int separator = key.lastIndexOf('\u0000');
            if (separator < 1 || !encode(key).equals(cursor)) {
                throw invalidCursor();
            }
            String name = key.substring(0, separator);
            UUID.fromString(key.substring(separator + 1));
            if (name.length() > MAX_NAME || Text.problem(name, false).isPresent()) {
                throw invalidCursor();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    private static InvalidValueException invalidCursor() {
        return new InvalidValueException("cursor", "is not a cursor this API handed out");
    }
}
