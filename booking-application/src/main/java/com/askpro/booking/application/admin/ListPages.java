package com.askpro.booking.application.admin;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pages a small list that a port answers whole (a tenant's branches, services, staff, numbers) the
 * same way the database pages large ones: ordered by a unique sort key, with an opaque cursor.
 */
final class ListPages {

    private ListPages() {
    }

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

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("cursor", "is not a cursor this API handed out");
        }
    }
}
