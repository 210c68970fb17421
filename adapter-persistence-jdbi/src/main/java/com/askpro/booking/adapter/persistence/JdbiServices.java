package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Adapter: bookable services in table {@code services}, their keywords in {@code service_keywords}. */
final class JdbiServices implements Services {

    private static final String SELECT = """
            SELECT id, company_id, branch_id, name, duration_minutes, buffer_minutes, calcom_event_type_id, active
            FROM services
            WHERE company_id = :company
            """;

    private final Jdbi jdbi;

    JdbiServices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Service add(TenantContext tenant, Service service) {
        Db.requireOwned(tenant, service.companyId());
        jdbi.useTransaction(handle -> {
            bindAll(handle.createUpdate("""
                    INSERT INTO services (id, company_id, branch_id, name, duration_minutes, buffer_minutes,
                                          calcom_event_type_id, active)
                    VALUES (:id, :company, :branch, :name, :duration, :buffer, :eventType, :active)
                    """), tenant, service).execute();
            insertKeywords(handle, tenant, service);
        });
        return service;
    }

    @Override
    public WriteOutcome<Service> update(TenantContext tenant, Service service) {
        Db.requireOwned(tenant, service.companyId());
        return jdbi.inTransaction(handle -> {
            int rows = bindAll(handle.createUpdate("""
                    UPDATE services
                    SET branch_id = :branch, name = :name, duration_minutes = :duration, buffer_minutes = :buffer,
                        calcom_event_type_id = :eventType, active = :active
                    WHERE id = :id AND company_id = :company
                    """), tenant, service).execute();
            if (rows == 0) {
                return new WriteOutcome.NotFound<Service>();
            }
            handle.createUpdate("DELETE FROM service_keywords WHERE service_id = :id AND company_id = :company")
                    .bind("id", Db.uuid(service.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .execute();
            insertKeywords(handle, tenant, service);
            return new WriteOutcome.Written<>(service);
        });
    }

    @Override
    public Optional<Service> find(TenantContext tenant, ServiceId id) {
        return query(tenant, "AND id = :id", id.value()).stream().findFirst();
    }

    @Override
    public List<Service> offeredAt(TenantContext tenant, BranchId branch) {
        return query(tenant, """
                AND active AND (branch_id IS NULL OR branch_id = :id)
                AND EXISTS (SELECT 1 FROM branches b WHERE b.id = :id AND b.company_id = :company)""", branch.value());
    }

    @Override
    public List<Service> list(TenantContext tenant) {
        return query(tenant, "", null);
    }

    private List<Service> query(TenantContext tenant, String filter, UUID id) {
        return jdbi.inTransaction(handle -> {
            var query = handle.createQuery(SELECT + filter + "\nORDER BY name, id")
                    .bind("company", Db.uuid(tenant.companyId().value()));
            if (id != null) {
                query.bind("id", Db.uuid(id));
            }
            List<ServiceRow> rows = query.map((rs, ctx) -> new ServiceRow(
                            Db.uuid(rs, "id"),
                            Db.uuid(rs, "branch_id"),
                            rs.getString("name"),
                            rs.getInt("duration_minutes"),
                            rs.getInt("buffer_minutes"),
                            Db.nullableLong(rs, "calcom_event_type_id"),
                            rs.getBoolean("active")))
                    .list();
            Map<UUID, List<String>> keywords =
                    keywordsOf(handle, tenant, rows.stream().map(ServiceRow::id).toList());
            return rows.stream()
                    .map(row -> row.toService(tenant.companyId(), keywords.getOrDefault(row.id(), List.of())))
                    .toList();
        });
    }

    private static Map<UUID, List<String>> keywordsOf(Handle handle, TenantContext tenant, List<UUID> serviceIds) {
        Map<UUID, List<String>> keywords = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return keywords;
        }
        handle.createQuery("""
                SELECT service_id, keyword FROM service_keywords
                WHERE company_id = :company AND service_id IN (<ids>)
                ORDER BY service_id, position
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bindList("ids", serviceIds)
                .map((rs, ctx) -> Map.entry(Db.uuid(rs, "service_id"), rs.getString("keyword")))
                .forEach(entry -> keywords.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return keywords;
    }

    private static void insertKeywords(Handle handle, TenantContext tenant, Service service) {
        if (service.keywords().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO service_keywords (service_id, company_id, position, keyword)
                VALUES (:id, :company, :position, :keyword)
                """);
        for (int position = 0; position < service.keywords().size(); position++) {
            batch.bind("id", Db.uuid(service.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("position", position)
                    .bind("keyword", service.keywords().get(position))
                    .add();
        }
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, TenantContext tenant, Service service) {
        return statement
                .bind("id", Db.uuid(service.id().value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("branch", Db.uuid(service.branch().map(BranchId::value).orElse(null)))
                .bind("name", service.name())
                .bind("duration", (int) service.duration().toMinutes())
                .bind("buffer", (int) service.buffer().toMinutes())
                .bind("eventType", service.calcomEventTypeId())
                .bind("active", service.active());
    }

    /** One row of {@code services}, before its keywords are attached. */
    private record ServiceRow(
            UUID id,
            UUID branchId,
            String name,
            int durationMinutes,
            int bufferMinutes,
            Long calcomEventTypeId,
            boolean active) {

        Service toService(CompanyId company, List<String> keywords) {
            return new Service(
                    new ServiceId(id),
                    company,
                    branchId == null ? null : new BranchId(branchId),
                    name,
                    java.time.Duration.ofMinutes(durationMinutes),
                    java.time.Duration.ofMinutes(bufferMinutes),
                    keywords,
                    calcomEventTypeId,
                    active);
        }
    }
}
