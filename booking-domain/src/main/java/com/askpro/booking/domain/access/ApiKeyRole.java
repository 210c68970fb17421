package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * What an API key may do: {@code PLATFORM} manages companies; {@code TENANT_ADMIN} reads and
 * changes its company's data; {@code TENANT_READ} only reads it.
 */
public enum ApiKeyRole {
    PLATFORM,
    TENANT_ADMIN,
    TENANT_READ;

    /** Parses {@code tenant_admin} / {@code tenant_read} (any case); {@code platform} keys are never issued per company. */
    public static ApiKeyRole parseTenantRole(String text) {
        if (text == null || text.isBlank()) {
            return TENANT_ADMIN;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "TENANT_ADMIN" -> TENANT_ADMIN;
            case "TENANT_READ" -> TENANT_READ;
            default -> throw new InvalidValueException("role", "must be 'tenant_admin' or 'tenant_read'");
        };
    }

    public boolean isTenantRole() {
        return this != PLATFORM;
    }

    public boolean mayWrite() {
        return this != TENANT_READ;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
