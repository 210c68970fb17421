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
 * The Cal.com API key, when present, makes Cal.com the company's calendar.
 */
public record Company(
        CompanyId id,
        String name,
        String country,
        ZoneId timeZone,
        Language language,
        BookingPolicy bookingPolicy,
        String calcomApiKey,
        boolean active) {

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
    }

    /** A new, active company with the default booking policy. */
    public static Company create(CompanyId id, String name, String country, ZoneId timeZone, Language language) {
        return new Company(id, name, country == null ? "DE" : country, timeZone, language, BookingPolicy.DEFAULT, null, true);
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
        return new Company(id, newName, country, timeZone, language, bookingPolicy, calcomApiKey, active);
    }

    public Company withCalcomKey(String key) {
        return new Company(id, name, country, timeZone, language, bookingPolicy, key, active);
    }

    public Company withBookingPolicy(BookingPolicy policy) {
        return new Company(id, name, country, timeZone, language, policy, calcomApiKey, active);
    }

    public Company deactivated() {
        return new Company(id, name, country, timeZone, language, bookingPolicy, calcomApiKey, false);
    }

    @Override
    public String toString() {
        return "Company[" + id + ", " + name + (calcomApiKey == null ? "" : ", calcom key set") + "]";
    }
}
