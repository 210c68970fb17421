package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Adapter: companies (the tenants) in table {@code companies}, listed by name. */
final class JdbiCompanies implements Companies {

    static final RowMapper<Company> MAPPER = (rs, ctx) -> new Company(
            new CompanyId(Db.uuid(rs, "id")),
            rs.getString("name"),
            rs.getString("country"),
            ZoneId.of(rs.getString("time_zone")),
            Language.valueOf(rs.getString("language")),
            new BookingPolicy(
                    Duration.ofSeconds(rs.getLong("minimum_notice_seconds")),
                    rs.getInt("booking_window_days"),
                    Duration.ofMinutes(rs.getInt("slot_step_minutes"))),
            rs.getString("calcom_api_key"),
            rs.getBoolean("active"),
            rs.getInt("retention_days"));

    static final String SELECT = """
            SELECT id, name, country, time_zone, language, minimum_notice_seconds, booking_window_days,
                   slot_step_minutes, calcom_api_key, active, retention_days
            FROM companies
            """;

    private final Jdbi jdbi;

    JdbiCompanies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Company add(Company company) {
        jdbi.useHandle(handle -> bindAll(handle.createUpdate("""
                INSERT INTO companies (id, name, country, time_zone, language, minimum_notice_seconds,
                                       booking_window_days, slot_step_minutes, calcom_api_key, active, retention_days)
                VALUES (:id, :name, :country, :timeZone, :language, :noticeSeconds,
                        :windowDays, :stepMinutes, :calcomKey, :active, :retentionDays)
                """), company).execute());
        return company;
    }

    @Override
    public WriteOutcome<Company> update(Company company) {
        int rows = jdbi.withHandle(
                handle -> bindAll(handle.createUpdate("""
                UPDATE companies
                SET name = :name, country = :country, time_zone = :timeZone, language = :language,
                    minimum_notice_seconds = :noticeSeconds, booking_window_days = :windowDays,
                    slot_step_minutes = :stepMinutes, calcom_api_key = :calcomKey, active = :active,
                    retention_days = :retentionDays
                WHERE id = :id
                """), company).execute());
        return rows == 0 ? new WriteOutcome.NotFound<>() : new WriteOutcome.Written<>(company);
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", Db.uuid(id.value()))
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Page<Company> list(PageRequest page) {
        Cursor after = Cursor.parse(page.cursor());
        String keyset = after == null ? "" : "WHERE name > :afterName OR (name = :afterName AND id > :afterId)\n";
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(SELECT + keyset + "ORDER BY name, id LIMIT :limit")
                    .bind("limit", page.limit() + 1);
            if (after != null) {
                query.bind("afterName", after.key()).bind("afterId", Db.uuid(after.id()));
            }
            return Cursor.page(
                    query.map(MAPPER).list(),
                    page.limit(),
                    company -> new Cursor(company.name(), company.id().value()));
        });
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, Company company) {
        return statement
                .bind("id", Db.uuid(company.id().value()))
                .bind("name", company.name())
                .bind("country", company.country())
                .bind("timeZone", company.timeZone().getId())
                .bind("language", company.language().name())
                .bind("noticeSeconds", company.bookingPolicy().minimumNotice().toSeconds())
                .bind("windowDays", company.bookingPolicy().bookingWindowDays())
                .bind("stepMinutes", (int) company.bookingPolicy().slotStep().toMinutes())
                .bind("calcomKey", company.calcomApiKey())
                .bind("active", company.active())
                .bind("retentionDays", company.retentionDays());
    }
}
