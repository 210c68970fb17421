package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.AuditLog;
import org.junit.jupiter.api.Test;

/** Contract of the {@code AuditLog} and {@code ApiCallLog} ports: append-only, per company. */
abstract class LogsContract extends DatabaseTest {

    @Test
    void auditEntriesComeBackNewestFirstForTheirCompanyOnly() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        AuditLog.Entry first =
                new AuditLog.Entry(t.company().id(), "api-key:1", "gdpr.erase", "customer:+4930…", null, Fixtures.NOW);
        AuditLog.Entry second = new AuditLog.Entry(
                t.company().id(), "api-key:1", "replay", "webhook:1", "dead → received", Fixtures.NOW.plusSeconds(1));
        persistence.auditLog().record(first);
        persistence.auditLog().record(second);
        persistence.auditLog().record(new AuditLog.Entry(other.company().id(), "x", "y", "z", null, Fixtures.NOW));
        persistence
                .auditLog()
                .record(new AuditLog.Entry(null, "platform", "company.create", "company:1", null, Fixtures.NOW));

        assertThat(persistence.auditLog().recent(t.company().id(), 10)).containsExactly(second, first);
        assertThat(persistence.auditLog().recent(t.company().id(), 1)).containsExactly(second);
    }

    @Test
    void apiCallsAreRecorded() {
        Fixtures t = Fixtures.create(persistence);
        persistence
                .apiCallLog()
                .record(new ApiCallLog.Entry(
                        t.company().id(), "calcom", "POST", "/v2/bookings", 201, 87, "corr-1", null, Fixtures.NOW));
        persistence
                .apiCallLog()
                .record(new ApiCallLog.Entry(
                        t.company().id(), "calcom", "GET", "/v2/slots", 0, 5000, "corr-2", "timeout", Fixtures.NOW));

        assertThat(count(
                        "SELECT COUNT(*) FROM api_call_logs WHERE company_id = ?",
                        t.company().id().value()))
                .isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) FROM api_call_logs WHERE company_id = ? AND status = 0 AND error LIKE 'ENC1:%'",
                        t.company().id().value()))
                .as("the error text is encrypted")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM api_call_logs WHERE error LIKE '%timeout%'"))
                .isZero();
    }
}
