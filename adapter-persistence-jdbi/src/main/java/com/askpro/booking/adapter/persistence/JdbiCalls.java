package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Adapter: calls in table {@code calls} (optimistic {@code version}, unique Retell call id); newest first. */
final class JdbiCalls implements Calls {

    private final Jdbi jdbi;
    private final FieldCipher cipher;

    JdbiCalls(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public WriteOutcome<Call> add(TenantContext tenant, Call call) {
        Db.requireOwned(tenant, call.companyId());
        try {
            return jdbi.inTransaction(handle -> {
                int rows = CallRows.bind(handle.createUpdate("""
                        INSERT INTO calls (id, company_id, branch_id, retell_call_id, direction, from_number, from_hash, to_number,
                                           status, started_at, ended_at, duration_ms, disconnection_reason, transcript,
                                           recording_url, summary, sentiment, successful, custom_analysis_json,
                                           cost_cents, customer_id, version, created_at, updated_at)
                        VALUES (:id, :company, :branch, :retellId, :direction, :fromNumber, :fromHash, :toNumber,
                                :status, :startedAt, :endedAt, :durationMs, :disconnectionReason, :transcript,
                                :recordingUrl, :summary, :sentiment, :successful, :customAnalysis,
                                :cost, :customer, :version, :createdAt, :updatedAt)
                        ON CONFLICT DO NOTHING
                        """), call, cipher)
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("version", call.version())
                        .execute();
                if (rows == 0) {
                    return new WriteOutcome.AlreadyExists<Call>("retell_call_id");
                }
                CallRows.writeLinks(handle, call);
                return new WriteOutcome.Written<>(call);
            });
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return new WriteOutcome.AlreadyExists<>("retell_call_id");
            }
            throw e;
        }
    }

    @Override
    public WriteOutcome<Call> update(TenantContext tenant, Call call) {
        Db.requireOwned(tenant, call.companyId());
        return jdbi.inTransaction(handle -> {
            int rows = CallRows.bind(
                            handle.createUpdate("UPDATE calls SET " + CallRows.SET_MUTABLE + """
                    , version = version + 1
                    WHERE id = :id AND company_id = :company AND version = :version
                    """), call, cipher)
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("version", call.version())
                    .execute();
            if (rows == 0) {
                return new WriteOutcome.VersionConflict<Call>();
            }
            CallRows.writeLinks(handle, call);
            return new WriteOutcome.Written<>(new Call(
                    call.id(),
                    call.companyId(),
                    call.branchId(),
                    call.retellCallId(),
                    call.direction(),
                    call.from(),
                    call.to(),
                    call.status(),
                    call.facts(),
                    call.customerId(),
                    call.appointmentIds(),
                    call.version() + 1,
                    call.createdAt(),
                    call.updatedAt()));
        });
    }

    @Override
    public Optional<Call> find(TenantContext tenant, CallId id) {
        return query(tenant, "AND id = :id", Map.of("id", id.value()), 1).stream()
                .findFirst();
    }

    @Override
    public Optional<Call> findByRetellId(TenantContext tenant, String retellCallId) {
        return query(tenant, "AND retell_call_id = :retellId", Map.of("retellId", retellCallId), 1).stream()
                .findFirst();
    }

    @Override
    public Page<Call> list(TenantContext tenant, Query filter, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .and(
                        "branch_id = :branch",
                        "branch",
                        filter.branch() == null ? null : filter.branch().value())
                .and(
                        "status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .and("created_at >= :createdFrom", "createdFrom", filter.createdFrom())
                .and("created_at < :createdBefore", "createdBefore", filter.createdBefore())
                .after(Cursor.parse(page.cursor()), "created_at", true);
        List<Call> rows =
                query(tenant, where.where() + "ORDER BY created_at DESC, id DESC", where.values(), page.limit() + 1);
        return Cursor.page(
                rows,
                page.limit(),
                call -> Cursor.after(call.createdAt(), call.id().value()));
    }

    /** Calls of the tenant matching {@code tail} (SQL after the company filter), with their appointment links. */
    List<Call> query(TenantContext tenant, String tail, Map<String, Object> values, int limit) {
        return jdbi.inTransaction(handle -> {
            var query = handle.createQuery(CallRows.SELECT + tail + "\nLIMIT :limit")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("limit", limit);
            values.forEach((name, value) -> Db.bindValue(query, name, value));
            List<RawCall> raw = query.map(
                            (rs, ctx) -> new RawCall(Db.uuid(rs, "id"), CallRows.map(rs, Set.of(), cipher)))
                    .list();
            return withLinks(handle, tenant, raw);
        });
    }

    private static List<Call> withLinks(Handle handle, TenantContext tenant, List<RawCall> raw) {
        Map<UUID, Set<AppointmentId>> links = CallRows.linksOf(
                handle, tenant.companyId(), raw.stream().map(RawCall::id).toList());
        List<Call> calls = new ArrayList<>();
        for (RawCall row : raw) {
            Call c = row.call();
            calls.add(new Call(
                    c.id(),
                    c.companyId(),
                    c.branchId(),
                    c.retellCallId(),
                    c.direction(),
                    c.from(),
                    c.to(),
                    c.status(),
                    c.facts(),
                    c.customerId(),
                    links.getOrDefault(row.id(), Set.of()),
                    c.version(),
                    c.createdAt(),
                    c.updatedAt()));
        }
        return calls;
    }

    /** A mapped call before its appointment links are attached. */
    private record RawCall(UUID id, Call call) {}
}
