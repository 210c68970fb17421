package com.askpro.booking.domain.port;

import com.askpro.booking.domain.shared.InvalidValueException;

/**
 * Which page of a list to read: at most {@code limit} items after the opaque {@code cursor} that
 * the previous page returned (null for the first page).
 */
public record PageRequest(int limit, String cursor) {

    public static final int MAX_LIMIT = 200;
    /** Longest cursor text accepted (the API's cursors are far shorter). */
    public static final int MAX_CURSOR = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && (cursor.isBlank() || cursor.length() > MAX_CURSOR)) {
            throw new InvalidValueException("cursor", "is not a cursor this API handed out");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
