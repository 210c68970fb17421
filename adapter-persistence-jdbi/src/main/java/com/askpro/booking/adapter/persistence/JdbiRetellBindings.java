package com.askpro.booking.adapter.persistence;

import com.askpro.booking.application.onboarding.AgentBinding;
import com.askpro.booking.application.onboarding.AgentBindings;
import com.askpro.booking.application.onboarding.AgentSettings;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: Retell bindings in {@code retell_branch_bindings} and company Retell settings in
 * {@code retell_company_settings}; a save replaces the row in one transaction.
 */
final class JdbiRetellBindings implements AgentBindings {

    private final Jdbi jdbi;

    JdbiRetellBindings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<AgentBinding> find(TenantContext tenant, BranchId branch) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT company_id, branch_id, llm_id, agent_id, agent_version, phone_numbers, provisioned_at
                FROM retell_branch_bindings WHERE company_id = :company AND branch_id = :branch
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("branch", Db.uuid(branch.value()))
                .map((rs, ctx) -> {
                    int version = rs.getInt("agent_version");
                    Integer agentVersion = rs.wasNull() ? null : version;
                    String numbers = rs.getString("phone_numbers");
                    return new AgentBinding(
                            new CompanyId(Db.uuid(rs, "company_id")),
                            new BranchId(Db.uuid(rs, "branch_id")),
                            rs.getString("llm_id"),
                            rs.getString("agent_id"),
                            agentVersion,
                            numbers.isEmpty() ? List.of() : Arrays.asList(numbers.split(",")),
                            Db.instant(rs, "provisioned_at"));
                })
                .findOne());
    }

    @Override
    public void save(TenantContext tenant, AgentBinding binding) {
        Db.requireOwned(tenant, binding.companyId());
        jdbi.useTransaction(handle -> {
            handle.createUpdate(
                            "DELETE FROM retell_branch_bindings WHERE company_id = :company AND branch_id = :branch")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("branch", Db.uuid(binding.branchId().value()))
                    .execute();
            var insert = handle.createUpdate("""
                    INSERT INTO retell_branch_bindings
                        (company_id, branch_id, llm_id, agent_id, agent_version, phone_numbers, provisioned_at)
                    VALUES (:company, :branch, :llm, :agent, :version, :numbers, :at)
                    """)
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("branch", Db.uuid(binding.branchId().value()))
                    .bind("llm", binding.llmId())
                    .bind("agent", binding.agentId())
                    .bind("numbers", String.join(",", binding.phoneNumbers()))
                    .bind("at", Db.ts(binding.provisionedAt()));
            if (binding.agentVersion() == null) {
                insert.bindNull("version", java.sql.Types.INTEGER);
            } else {
                insert.bind("version", binding.agentVersion());
            }
            insert.execute();
        });
    }

    @Override
    public AgentSettings settings(TenantContext tenant) {
        return jdbi.withHandle(handle -> handle.createQuery(
                                "SELECT voice_id, sip_termination_uri FROM retell_company_settings WHERE company_id = :company")
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .map((rs, ctx) -> new AgentSettings(
                                tenant.companyId(), rs.getString("voice_id"), rs.getString("sip_termination_uri")))
                        .findOne())
                .orElse(AgentSettings.none(tenant.companyId()));
    }

    @Override
    public void saveSettings(TenantContext tenant, AgentSettings settings) {
        Db.requireOwned(tenant, settings.companyId());
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM retell_company_settings WHERE company_id = :company")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .execute();
            handle.createUpdate("""
                    INSERT INTO retell_company_settings (company_id, voice_id, sip_termination_uri)
                    VALUES (:company, :voice, :sip)
                    """)
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("voice", settings.voiceId())
                    .bind("sip", settings.terminationUri())
                    .execute();
        });
    }
}
