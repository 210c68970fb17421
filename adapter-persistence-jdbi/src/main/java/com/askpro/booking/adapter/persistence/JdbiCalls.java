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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Adapter: calls in table {@code calls} (optimistic {@code version}, unique Retell call id); newest first. */
final class JdbiCalls implements Calls {

    private static final String INSERT = """
            INSERT INTO calls (id, company_id, branch_id, retell_call_id, direction, from_number, from_hash, to_number,
                               status, started_at, ended_at, duration_ms, disconnection_reason, transcript,
                               recording_url, summary, sentiment, successful, custom_analysis_json,
                               cost_cents, customer_id, version, created_at, updated_at)
            VALUES (:id, :company, :branch, :retellId, :direction, :fromNumber, :fromHash, :toNumber,
                    :status, :startedAt, :endedAt, :durationMs, :disconnectionReason, :transcript,
                    :recordingUrl, :summary, :sentiment, :successful, :customAnalysis,
                    :cost, :customer, :version, :createdAt, :updatedAt)
            ON CONFLICT DO NOTHING
            """;

    private static final String UPDATE = "UPDATE calls SET " + CallRows.SET_MUTABLE + """
            , version = version + 1
            WHERE id = :id AND company_id = :company AND version = :version
            """;

    /** Ids per {@code IN (...)} list of a batched read. */
    private static final int IN_LIST = 500;

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
                int rows = bindRow(handle.createUpdate(INSERT), tenant, call).execute();
                if (rows == 0) {
                    return new WriteOutcome.AlreadyExists<Call>("retell_call_id");
                }
                if (!call.appointmentIds().isEmpty()) {
                    CallRows.writeLinks(handle, call);
                }
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
            int rows = bindRow(handle.createUpdate(UPDATE), tenant, call).execute();
            if (rows == 0) {
                return new WriteOutcome.VersionConflict<Call>();
            }
            CallRows.writeLinks(handle, call);
            return new WriteOutcome.Written<>(call.nextVersion());
        });
    }

    /**
     * All writes in one transaction: one batch of inserts ({@code ON CONFLICT DO NOTHING}: a taken call
     * id answers {@code AlreadyExists}), one batch of versioned updates (a moved version answers
     * {@code VersionConflict}), and appointment links rewritten only for calls whose links changed.
     */
    @Override
    public List<WriteOutcome<Call>> saveAll(TenantContext tenant, List<Write> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        writes.forEach(write -> Db.requireOwned(tenant, write.after().companyId()));
        return jdbi.inTransaction(handle -> {
            List<WriteOutcome<Call>> outcomes = new ArrayList<>(Collections.nCopies(writes.size(), null));
            List<Integer> added = new ArrayList<>();
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                (writes.get(i).isNew() ? added : changed).add(i);
            }
            if (!added.isEmpty()) {
                PreparedBatch inserts = handle.prepareBatch(INSERT);
                for (int i : added) {
                    bindRow(inserts, tenant, writes.get(i).after()).add();
                }
                int[] rows = inserts.execute();
                for (int k = 0; k < added.size(); k++) {
                    Call call = writes.get(added.get(k)).after();
                    outcomes.set(
                            added.get(k),
                            rows[k] == 0
                                    ? new WriteOutcome.AlreadyExists<>("retell_call_id")
                                    : new WriteOutcome.Written<>(call));
                }
            }
            if (!changed.isEmpty()) {
                PreparedBatch updates = handle.prepareBatch(UPDATE);
                for (int i : changed) {
                    bindRow(updates, tenant, writes.get(i).after()).add();
                }
                int[] rows = updates.execute();
                for (int k = 0; k < changed.size(); k++) {
                    Call call = writes.get(changed.get(k)).after();
                    outcomes.set(
                            changed.get(k),
                            rows[k] == 0
                                    ? new WriteOutcome.VersionConflict<>()
                                    : new WriteOutcome.Written<>(call.nextVersion()));
                }
            }
            for (int i = 0; i < writes.size(); i++) {
                Write write = writes.get(i);
                Set<AppointmentId> before =
                        write.isNew() ? Set.of() : write.before().appointmentIds();
                if (outcomes.get(i).isWritten() && !before.equals(write.after().appointmentIds())) {
                    CallRows.writeLinks(handle, write.after());
                }
            }
            return outcomes;
        });
    }

    @Override
    public Map<String, Call> findByAgentCallIds(TenantContext tenant, Collection<String> agentCallIds) {
        Map<String, Call> found = new LinkedHashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(agentCallIds));
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            jdbi.useTransaction(handle -> {
                List<RawCall> raw = handle.createQuery(CallRows.SELECT + "AND retell_call_id IN (<ids>)")
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bindList("ids", chunk)
                        .map((rs, ctx) -> new RawCall(Db.uuid(rs, "id"), CallRows.map(rs, Set.of(), cipher)))
                        .list();
                withLinks(handle, tenant, raw).forEach(call -> found.put(call.agentCallId(), call));
            });
        }
        return found;
    }

    private <S extends SqlStatement<S>> S bindRow(S statement, TenantContext tenant, Call call) {
        return CallRows.bind(statement, call, cipher)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("version", call.version());
    }

    @Override
    public Optional<Call> find(TenantContext tenant, CallId id) {
        return query(tenant, "AND id = :id", Map.of("id", id.value()), 1).stream()
                .findFirst();
    }

    @Override
    public Optional<Call> findByAgentCallId(TenantContext tenant, String agentCallId) {
        return query(tenant, "AND retell_call_id = :retellId", Map.of("retellId", agentCallId), 1).stream()
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
                    c.agentCallId(),
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
