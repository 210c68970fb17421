package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * What a dashboard user may do: {@code OWNER} everything including managing users; {@code STAFF}
 * look and act (book, move, cancel, replay); {@code VIEWER} only look, with callers' numbers masked.
 */
public enum UserRole {
    OWNER,
    STAFF,
    VIEWER;

    /** Parses {@code owner} / {@code staff} / {@code viewer} (any case). */
    public static UserRole parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("role", "must be 'owner', 'staff' or 'viewer'");
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "OWNER" -> OWNER;
            case "STAFF" -> STAFF;
            case "VIEWER" -> VIEWER;
            default -> throw new InvalidValueException("role", "must be 'owner', 'staff' or 'viewer'");
        };
    }

    /** The dashboard role of a session opened with an API key: an admin key acts as owner, a read-only key as viewer. */
    public static UserRole ofApiKey(ApiKeyRole role) {
        return role.mayWrite() ? OWNER : VIEWER;
    }

    /** Staff and owners change things (actions, replays); viewers only look. */
    public boolean mayAct() {
        return this != VIEWER;
    }

    /** Only owners manage the company's users. */
    public boolean mayManageUsers() {
        return this == OWNER;
    }

    /** Staff and owners see callers' full numbers; viewers see them masked. */
    public boolean seesFullNumbers() {
        return this != VIEWER;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
