package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Something a caller can book: a haircut, a consultation. Company-wide when {@code branchId} is
 * null, otherwise offered only at that branch. {@code keywords} help match what a caller says.
 */
public record Service(
        ServiceId id,
        CompanyId companyId,
        BranchId branchId,
        String name,
        Duration duration,
        Duration buffer,
        List<String> keywords,
        Long calcomEventTypeId,
        boolean active) {

    /** Longest name accepted. */
    public static final int MAX_NAME = 200;

    public static final int MAX_KEYWORD = 100;

    public Service {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        name = Require.line("name", name, MAX_NAME);
        Require.positive("duration_minutes", duration);
        if (duration.toMinutes() > 24 * 60 || duration.toSeconds() % 60 != 0) {
            throw new InvalidValueException("duration_minutes", "must be whole minutes, at most one day");
        }
        buffer = buffer == null ? Duration.ZERO : Require.notNegative("buffer_minutes", buffer);
        if (buffer.toMinutes() > 8 * 60 || buffer.toSeconds() % 60 != 0) {
            throw new InvalidValueException("buffer_minutes", "must be whole minutes, at most 8 hours");
        }
        keywords = Require.noNullElements("keywords", keywords == null ? List.<String>of() : keywords).stream()
                .map(k -> Require.line("keywords", k, MAX_KEYWORD))
                .toList();
        if (keywords.size() > 50) {
            throw new InvalidValueException("keywords", "must be at most 50");
        }
        if (calcomEventTypeId != null && calcomEventTypeId <= 0) {
            throw new InvalidValueException("calcom_event_type_id", "must be positive");
        }
    }

    public static Service offer(
            ServiceId id,
            CompanyId companyId,
            BranchId branchId,
            String name,
            Duration duration,
            Duration buffer,
            List<String> keywords) {
        return new Service(id, companyId, branchId, name, duration, buffer, keywords, null, true);
    }

    public boolean isCompanyWide() {
        return branchId == null;
    }

    public Optional<BranchId> branch() {
        return Optional.ofNullable(branchId);
    }

    /** Offered at {@code branch}: active and either company-wide or specific to it. */
    public boolean isOfferedAt(BranchId branch) {
        return active && (branchId == null || branchId.equals(branch));
    }

    public Service deactivated() {
        return new Service(id, companyId, branchId, name, duration, buffer, keywords, calcomEventTypeId, false);
    }
}
