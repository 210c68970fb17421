package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** Mapper: {@link Call} to and from a row of {@code calls} plus its {@code call_appointments} links. */
final class CallRows {

    static final String SELECT = """
            SELECT id, company_id, branch_id, retell_call_id, direction, from_number, to_number, status,
                   started_at, ended_at, duration_ms, disconnection_reason, transcript, recording_url, summary,
                   sentiment, successful, custom_analysis_json, cost_cents, customer_id, version, created_at, updated_at
            FROM calls
            WHERE company_id = :company
            """;

    static final String SET_MUTABLE = """
            status = :status, started_at = :startedAt, ended_at = :endedAt, duration_ms = :durationMs,
            disconnection_reason = :disconnectionReason, transcript = :transcript, recording_url = :recordingUrl,
            summary = :summary, sentiment = :sentiment, successful = :successful,
            custom_analysis_json = :customAnalysis, cost_cents = :cost, customer_id = :customer, updated_at = :updatedAt,
            branch_id = :branch
            """;

    static final String FROM = "calls.from_number";
    static final String TRANSCRIPT = "calls.transcript";
    static final String RECORDING = "calls.recording_url";
    static final String SUMMARY = "calls.summary";
    static final String ANALYSIS = "calls.custom_analysis_json";

    private CallRows() {}

    /** Binds every column of {@code calls} except {@code version} and {@code company_id}; personal fields encrypted. */
    static <S extends SqlStatement<S>> S bind(S statement, Call call, FieldCipher cipher) {
        String from = call.caller().map(PhoneNumber::e164).orElse(null);
        CallFacts facts = call.facts();
        return statement
                .bind("id", Db.uuid(call.id().value()))
                .bind("branch", Db.uuid(call.branch().map(BranchId::value).orElse(null)))
                .bind("retellId", call.agentCallId())
                .bind("direction", call.direction().name())
                .bind("fromNumber", cipher.seal(from, FROM))
                .bind("fromHash", cipher.phoneHash(from))
                .bind("toNumber", call.to().e164())
                .bind("status", call.status().name())
                .bind("startedAt", Db.ts(facts.startedAt()))
                .bind("endedAt", Db.ts(facts.endedAt()))
                .bind("durationMs", facts.durationMs())
                .bind("disconnectionReason", facts.disconnectionReason())
                .bind("transcript", cipher.seal(facts.transcript(), TRANSCRIPT))
                .bind("recordingUrl", cipher.seal(facts.recordingUrl(), RECORDING))
                .bind("summary", cipher.seal(facts.summary(), SUMMARY))
                .bind("sentiment", facts.sentiment())
                .bind("successful", facts.successful())
                .bind("customAnalysis", cipher.seal(facts.customAnalysisJson(), ANALYSIS))
                .bind("cost", facts.costCents())
                .bind("customer", Db.uuid(call.customer().map(CustomerId::value).orElse(null)))
                .bind("createdAt", Db.ts(call.createdAt()))
                .bind("updatedAt", Db.ts(call.updatedAt()));
    }

    static Call map(ResultSet rs, Set<AppointmentId> appointments, FieldCipher cipher) throws SQLException {
        String from = cipher.open(rs.getString("from_number"), FROM);
        UUID customer = Db.uuid(rs, "customer_id");
        UUID branch = Db.uuid(rs, "branch_id");
        BigDecimal cost = rs.getBigDecimal("cost_cents");
        CallFacts facts = new CallFacts(
                Db.instant(rs, "started_at"),
                Db.instant(rs, "ended_at"),
                Db.nullableLong(rs, "duration_ms"),
                rs.getString("disconnection_reason"),
                cipher.open(rs.getString("transcript"), TRANSCRIPT),
                cipher.open(rs.getString("recording_url"), RECORDING),
                cipher.open(rs.getString("summary"), SUMMARY),
                rs.getString("sentiment"),
                Db.nullableBoolean(rs, "successful"),
                cipher.open(rs.getString("custom_analysis_json"), ANALYSIS),
                normalised(cost));
        return new Call(
                new CallId(Db.uuid(rs, "id")),
                new CompanyId(Db.uuid(rs, "company_id")),
                branch == null ? null : new BranchId(branch),
                rs.getString("retell_call_id"),
                CallDirection.valueOf(rs.getString("direction")),
                from == null ? null : new PhoneNumber(from),
                new PhoneNumber(rs.getString("to_number")),
                CallStatus.valueOf(rs.getString("status")),
                facts,
                customer == null ? null : new CustomerId(customer),
                appointments,
                rs.getLong("version"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at"));
    }

    /** Replaces the stored appointment links of {@code call} with its current set. */
    static void writeLinks(Handle handle, Call call) {
        handle.createUpdate("DELETE FROM call_appointments WHERE call_id = :id AND company_id = :company")
                .bind("id", Db.uuid(call.id().value()))
                .bind("company", Db.uuid(call.companyId().value()))
                .execute();
        if (call.appointmentIds().isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch(
                "INSERT INTO call_appointments (call_id, appointment_id, company_id) VALUES (:call, :appointment, :company)");
        for (AppointmentId appointment : call.appointmentIds()) {
            batch.bind("call", Db.uuid(call.id().value()))
                    .bind("appointment", Db.uuid(appointment.value()))
                    .bind("company", Db.uuid(call.companyId().value()))
                    .add();
        }
        batch.execute();
    }

    /** The appointment links of the given calls of {@code company}. */
    static Map<UUID, Set<AppointmentId>> linksOf(Handle handle, CompanyId company, List<UUID> callIds) {
        Map<UUID, Set<AppointmentId>> links = new HashMap<>();
        if (callIds.isEmpty()) {
            return links;
        }
        handle.createQuery(
                        "SELECT call_id, appointment_id FROM call_appointments WHERE company_id = :company AND call_id IN (<ids>)")
                .bind("company", Db.uuid(company.value()))
                .bindList("ids", callIds)
                .map((rs, ctx) -> Map.entry(Db.uuid(rs, "call_id"), new AppointmentId(Db.uuid(rs, "appointment_id"))))
                .forEach(entry -> links.computeIfAbsent(entry.getKey(), key -> new HashSet<>())
                        .add(entry.getValue()));
        return links;
    }

    /** NUMERIC pads the scale; give back the shortest form (12.500000 → 12.5, 100.000000 → 100). */
    private static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
