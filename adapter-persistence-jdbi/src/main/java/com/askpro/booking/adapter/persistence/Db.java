package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;

/** Mapping helpers: binds and reads UUIDs, instants and durations the same way on H2 and PostgreSQL. */
final class Db {

    private Db() {}

    /** An instant bound as {@code TIMESTAMP WITH TIME ZONE} (an {@link OffsetDateTime} in UTC). */
    static Argument ts(Instant value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        };
    }

    /** A UUID bound as {@code uuid}. */
    static Argument uuid(UUID value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.OTHER);
            } else {
                statement.setObject(position, value);
            }
        };
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    static Duration minutes(ResultSet rs, String column) throws SQLException {
        return Duration.ofMinutes(rs.getLong(column));
    }

    /** Binds a filter value: UUIDs and instants through {@link #uuid(UUID)} and {@link #ts(Instant)}, others as text. */
    static <S extends SqlStatement<S>> void bindValue(S statement, String name, Object value) {
        if (value instanceof UUID id) {
            statement.bind(name, uuid(id));
        } else if (value instanceof Instant instant) {
            statement.bind(name, ts(instant));
        } else {
            statement.bind(name, (String) value);
        }
    }

    /** Refuses to write a row of another company under {@code tenant}. */
    static void requireOwned(TenantContext tenant, CompanyId owner) {
        if (!tenant.owns(owner)) {
            throw new InvalidValueException("company_id", "does not match the tenant of the request");
        }
    }
}
