package com.askpro.booking.application.booking;

import com.askpro.booking.application.speech.Speech;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Who is asking, during which call: the tenant and branch behind the dialled number, the caller's
 * number (null when withheld), the call itself, the moment, and how to speak to them.
 */
public record CallerContext(Company company, Branch branch, PhoneNumber caller, Call call, Instant now) {

    public TenantContext tenant() {
        return company.tenant();
    }

    public Optional<PhoneNumber> callerNumber() {
        return Optional.ofNullable(caller);
    }

    public Speech speech() {
        return Speech.in(company.language());
    }

    /** ISO-8601 with the branch's offset, e.g. {@code 2026-03-30T10:00:00+02:00}. */
    public String iso(Instant instant) {
        return OffsetDateTime.ofInstant(instant, branch.timeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** "Montag, 30. März um 10:00 Uhr". */
    public String spoken(Instant instant) {
        return speech().dateTime(instant.atZone(branch.timeZone()));
    }
}
