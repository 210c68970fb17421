package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of the {@code AuditLog} and {@code ApiCallLog} ports: append-only, per company. */
abstract class LogsContract extends PortsTest {

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
    void theTenantsAuditTrailIsListedNewestFirstPageByPageAndAForeignCursorIsRefused() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        for (int i = 0; i < 5; i++) {
            persistence
                    .auditLog()
                    .record(new AuditLog.Entry(
                            t.company().id(), "api-key:1", "action" + i, "subject", null, Fixtures.NOW.plusSeconds(i)));
            persistence
                    .auditLog()
                    .record(new AuditLog.Entry(other.company().id(), "x", "other" + i, "z", null, Fixtures.NOW));
        }

        Page<AuditLog.Recorded> first = persistence.auditLog().list(t.tenant(), new PageRequest(2, null));
        Page<AuditLog.Recorded> second =
                persistence.auditLog().list(t.tenant(), new PageRequest(2, first.nextCursor()));
        Page<AuditLog.Recorded> last = persistence.auditLog().list(t.tenant(), new PageRequest(2, second.nextCursor()));

        assertThat(first.items()).extracting(r -> r.entry().action()).containsExactly("action4", "action3");
        assertThat(second.items()).extracting(r -> r.entry().action()).containsExactly("action2", "action1");
        assertThat(last.items()).extracting(r -> r.entry().action()).containsExactly("action0");
        assertThat(last.nextCursor()).isNull();
        assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
        assertThatThrownBy(() -> persistence.auditLog().list(t.tenant(), new PageRequest(2, "bm90LWEtY3Vyc29y")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void apiCallsAreRecordedWithTheirCallAndTheErrorTextIsStoredEncrypted() {
        Fixtures t = Fixtures.create(persistence);
        Call call = persistence
                .calls()
                .add(t.tenant(), t.call("call_" + UUID.randomUUID().toString().replace("-", "")))
                .orElseThrow();
        ApiCallLog.Entry booked = new ApiCallLog.Entry(
                        t.company().id(), "calcom", "POST", "/v2/bookings", 201, 87, "corr-1", null, Fixtures.NOW)
                .forCall(call.id());
        ApiCallLog.Entry timedOut = new ApiCallLog.Entry(
                t.company().id(), "calcom", "GET", "/v2/slots", 0, 5000, "corr-2", "timeout", Fixtures.NOW);
        persistence.apiCallLog().record(booked);
        persistence.apiCallLog().record(timedOut);

        assertThat(outboundRequestsOf(t.tenant(), call.id())).containsExactly(booked);
        assertThat(outboundRequestsOf(Fixtures.create(persistence).tenant(), call.id()))
                .isEmpty();
        onDatabase(jdbi -> {
            assertThat(count(
                            jdbi,
                            "SELECT COUNT(*) FROM api_call_logs WHERE company_id = ?",
                            t.company().id().value()))
                    .isEqualTo(2);
            assertThat(count(
                            jdbi,
                            "SELECT COUNT(*) FROM api_call_logs WHERE company_id = ? AND status = 0 AND error LIKE 'ENC1:%'",
                            t.company().id().value()))
                    .as("the error text is encrypted")
                    .isEqualTo(1);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM api_call_logs WHERE error LIKE '%timeout%'"))
                    .isZero();
        });
    }

    @Test
    void aCallsOutboundRequestsComeBackByTheirEndWithTheErrorInClear() {
        Fixtures t = Fixtures.create(persistence);
        Call call = persistence
                .calls()
                .add(t.tenant(), t.call("call_" + UUID.randomUUID().toString().replace("-", "")))
                .orElseThrow();
        ApiCallLog.Entry failed = new ApiCallLog.Entry(
                t.company().id(),
                "calcom",
                "POST",
                "/v2/bookings",
                0,
                5000,
                "corr-2",
                "SocketTimeoutException: timeout",
                Fixtures.NOW.plusSeconds(9),
                call.id());
        ApiCallLog.Entry slots = new ApiCallLog.Entry(
                t.company().id(),
                "calcom",
                "GET",
                "/v2/slots",
                200,
                30,
                "corr-1",
                null,
                Fixtures.NOW.plusSeconds(1),
                call.id());
        persistence.apiCallLog().record(failed);
        persistence.apiCallLog().record(slots);

        assertThat(outboundRequestsOf(t.tenant(), call.id())).containsExactly(slots, failed);
    }
}
