package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A business using AskPro: the tenant. Owns branches, services, staff, customers, calls and
 * appointments. Its country is the default region for phone numbers typed in national format.
 * The Cal.com API key, when present, makes Cal.com the company's calendar. {@code retentionDays}:
 * how long personal call data is kept (default 90).
 */
public record Company(
        CompanyId id,
        String name,
        String country,
        ZoneId timeZone,
        Language language,
        BookingPolicy bookingPolicy,
        String calcomApiKey,
        boolean active,
        int retentionDays) {

    /** Days personal call data and raw webhook bodies are kept unless the company sets otherwise. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    /** The longest retention a company may set (10 years). */
    public static final int MAX_RETENTION_DAYS = 3650;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Longest name accepted. */
    public static final int MAX_NAME = 200;

    public Company {
        Require.notNull("id", id);
        name = Require.line("name", name, MAX_NAME);
        country = Require.line("country", country, 2).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidValueException("country", "must be an ISO 3166 alpha-2 code such as DE");
        }
        Require.notNull("time_zone", timeZone);
        Require.notNull("language", language);
        Require.notNull("booking_policy", bookingPolicy);
        calcomApiKey = Require.optionalText("calcom_api_key", calcomApiKey, 500);
        if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
            throw new InvalidValueException("retention_days", "must be between 1 and " + MAX_RETENTION_DAYS);
        }
    }

    /** A new, active company with the default booking policy. */
    public static Company create(CompanyId id, String name, String country, ZoneId timeZone, Language language) {
        return new Company(
                id,
                name,
                country == null ? "DE" : country,
                timeZone,
                language,
                BookingPolicy.DEFAULT,
                null,
                true,
                DEFAULT_RETENTION_DAYS);
    }

    public TenantContext tenant() {
        return TenantContext.of(id);
    }

    public Optional<String> calcomKey() {
        return Optional.ofNullable(calcomApiKey);
    }

    public boolean usesCalcom() {
        return calcomApiKey != null;
    }

    public Company renamed(String newName) {
        return new Company(
                id, newName, country, timeZone, language, bookingPolicy, calcomApiKey, active, retentionDays);
    }

    public Company withCalcomKey(String key) {
        return new Company(id, name, country, timeZone, language, bookingPolicy, key, active, retentionDays);
    }

    public Company withBookingPolicy(BookingPolicy policy) {
        return new Company(id, name, country, timeZone, language, policy, calcomApiKey, active, retentionDays);
    }

    /** How long personal call data is kept (GDPR retention). */
    public Company withRetentionDays(int days) {
        return new Company(id, name, country, timeZone, language, bookingPolicy, calcomApiKey, active, days);
    }

    public Company deactivated() {
        return new Company(id, name, country, timeZone, language, bookingPolicy, calcomApiKey, false, retentionDays);
    }

    @Override
    public String toString() {
        return "Company[" + id + ", " + name + (calcomApiKey == null ? "" : ", calcom key set") + "]";
    }
}
