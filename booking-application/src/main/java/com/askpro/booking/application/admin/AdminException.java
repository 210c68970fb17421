package com.askpro.booking.application.admin;

/**
 * A request to the admin use cases that cannot be served: the {@link Kind} tells the inbound
 * adapter which answer to give (not found, forbidden, conflict); {@code field} names the input
 * at fault when there is one.
 */
public final class AdminException extends RuntimeException {

    /** Why the request cannot be served. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT
    }

    private final Kind kind;
    private final String field;

    private AdminException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    /** The resource does not exist for the caller (also when it belongs to another tenant). */
    public static AdminException notFound(String what) {
        return new AdminException(Kind.NOT_FOUND, null, "no such " + what);
    }

    public static AdminException forbidden(String message) {
        return new AdminException(Kind.FORBIDDEN, null, message);
    }

    public static AdminException conflict(String field, String message) {
        return new AdminException(Kind.CONFLICT, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or null. */
    public String field() {
        return field;
    }
}
